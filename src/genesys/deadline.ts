import { GenesysApiError, isGenesysApiError } from './errors.ts'

export interface Exchange {
  method: string
  path: string
  /** The caller's signal (e.g. TanStack Query's): aborting it cancels the request. */
  signal?: AbortSignal | undefined
}

/**
 * Runs one HTTP exchange (sending and reading the whole answer) under a single deadline and the caller's signal.
 * A caller's abort is passed through unchanged, because query libraries recognise their own abort; our deadline
 * becomes kind 'timeout'; anything else thrown on the way is kind 'network'. Racing the deadline also covers
 * fetch implementations that ignore the signal and servers that send headers and then stall.
 */
export async function runWithDeadline<T>(
  exchange: Exchange,
  timeoutMs: number,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const callerSignal = exchange.signal
  if (callerSignal?.aborted) throw abortReason(callerSignal)
  const controller = new AbortController()
  const forwardAbort = () => controller.abort(abortReason(callerSignal))
  callerSignal?.addEventListener('abort', forwardAbort, { once: true })
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new GenesysApiError({
        ...where(exchange),
        kind: 'timeout',
        detail: `no complete answer within ${timeoutMs} ms`,
      })
      controller.abort(error)
      reject(error)
    }, timeoutMs)
  })
  try {
    return await Promise.race([run(controller.signal), deadline])
  } catch (error) {
    if (callerSignal?.aborted) throw abortReason(callerSignal)
    if (isGenesysApiError(error)) throw error
    throw new GenesysApiError({ ...where(exchange), kind: 'network', cause: error })
  } finally {
    clearTimeout(timer)
    callerSignal?.removeEventListener('abort', forwardAbort)
  }
}

function where(exchange: Exchange): { method: string; path: string } {
  return { method: exchange.method, path: exchange.path }
}

function abortReason(signal: AbortSignal | undefined): unknown {
  const reason: unknown = signal?.reason
  return reason ?? new DOMException('The operation was aborted.', 'AbortError')
}
