import { tokenRecordSchema } from '../../features/auth/public.ts'

/**
 * The app's half of the early conversation read (start-early-read.ts runs the other half from index.html, before
 * this code has arrived; decision 0030). The app leaves a hint where its API and token are; on the next load of a
 * frame with `gcConversationId` the small script sends the same GET the app would, and the app's client takes
 * that answer instead of sending its own, only when it is exactly the request it was about to send: same URL,
 * GET, the same token (the record it came from is unchanged), and at most `maxAgeMs` old. Otherwise the early
 * answer is dropped and the client reads as always, so a mismatch costs one request, never a wrong read.
 */

/** What start-early-read.ts leaves on the window. */
export interface EarlyRead {
  url: string
  tokenKey: string
  /** The token record's `obtainedAt`: a renewed token is another request, and the early answer is not used. */
  obtainedAt: number
  startedAt: number
  response: Promise<Response>
}

declare global {
  interface Window {
    __pdwEarlyRead?: EarlyRead | undefined
  }
}

/** Read by start-early-read.ts under the same name (a test runs both halves together). */
export const earlyReadHintKey = 'pdw.early-read.hint'

/**
 * The display read is the first request for the conversation, made as the app starts; anything later (a commit's
 * read, which must start when the commit does) never takes an early answer.
 */
export const maxAgeMs = 15_000

export interface EarlyReadHint {
  apiOrigin: string
  tokenKey: string
}

/** Where the next frame's early read goes: the API this session talks to, and where its token is kept. */
export function rememberEarlyReadHint(storage: Storage, hint: EarlyReadHint): void {
  try {
    if (storage.getItem(earlyReadHintKey) !== JSON.stringify(hint)) {
      storage.setItem(earlyReadHintKey, JSON.stringify(hint))
    }
  } catch {
    // Full or refused storage: the next frame reads when its script has run, as before.
  }
}

function sameToken(storage: Storage, early: EarlyRead, authorization: string | null): boolean {
  try {
    const text = storage.getItem(early.tokenKey)
    const record = text === null ? undefined : tokenRecordSchema.safeParse(JSON.parse(text))
    return (
      record?.success === true &&
      record.data.obtainedAt === early.obtainedAt &&
      authorization === `Bearer ${record.data.accessToken}`
    )
  } catch {
    return false
  }
}

/** The early answer, as the client's own fetch would behave: an abort (the deadline, a query cancelled) rejects it. */
function abortable(response: Promise<Response>, signal: AbortSignal | null | undefined): Promise<Response> {
  if (!signal) return response
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = () => reject(signal.reason as Error)
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
  })
  return Promise.race([response, aborted])
}

/**
 * `fetch` for the Genesys client: the first request for the early read's URL takes its answer when it is the same
 * request, and the early read is gone after that first request either way.
 */
export function fetchWithEarlyRead(
  win: Window,
  storage: Storage,
  fetchImpl: typeof fetch,
  now: () => number = Date.now,
): typeof fetch {
  return (input, init) => {
    const early = win.__pdwEarlyRead
    // The client (src/genesys/request.ts) always passes the URL as a string.
    if (early && input === early.url) {
      win.__pdwEarlyRead = undefined
      const method = (init?.method ?? 'GET').toUpperCase()
      const headers = new Headers(init?.headers)
      if (
        method === 'GET' &&
        now() - early.startedAt <= maxAgeMs &&
        headers.get('Accept') === 'application/json' &&
        sameToken(storage, early, headers.get('Authorization'))
      ) {
        return abortable(early.response, init?.signal)
      }
    }
    return fetchImpl(input, init)
  }
}
