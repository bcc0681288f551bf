/**
 * A scripted fetch for unit tests: the vendor is replaced at the network boundary, the client runs unchanged.
 * Each call takes the next scripted answer and is recorded with its method, URL, headers and body.
 */
export interface RecordedCall {
  method: string
  url: string
  headers: Record<string, string>
  body: string | undefined
}

export type ScriptedAnswer =
  | { status: number; body?: unknown; rawBody?: string; headers?: Record<string, string> }
  | { throws: Error }
  | { hang: true }

export function createFetchStub(answers: ScriptedAnswer[]) {
  const calls: RecordedCall[] = []
  const fetchStub = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const headers = Object.fromEntries(new Headers(init?.headers).entries())
    const body = typeof init?.body === 'string' ? init.body : undefined
    calls.push({ method: init?.method ?? 'GET', url, headers, body })
    const answer = answers.shift()
    if (!answer) return Promise.reject(new Error(`unexpected request ${init?.method ?? 'GET'} ${url}`))
    if ('throws' in answer) return Promise.reject(answer.throws)
    if ('hang' in answer) {
      return new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
      })
    }
    const text = answer.rawBody ?? (answer.body === undefined ? '' : JSON.stringify(answer.body))
    const status = answer.status
    return Promise.resolve(
      new Response(status === 204 || text === '' ? null : text, {
        status,
        headers: { 'Content-Type': 'application/json', ...answer.headers },
      }),
    )
  }
  return { fetch: fetchStub, calls }
}
