import { errorKindRules } from './error-kinds.ts'
import { isGenesysApiError, type GenesysApiError } from './errors.ts'

export interface RetryPolicy {
  /** Total attempts including the first; at least 1. */
  maxAttempts: number
  /** Backoff for 5xx, network and timeout failures: base × 2^(attempt-1), capped. */
  baseDelayMs: number
  maxDelayMs: number
  /** A 429 asking for a longer wait than this is not waited out: the error goes to the caller. */
  maxRetryAfterSeconds: number
  /** Used when a 429 names no wait at all. */
  defaultRetryAfterSeconds: number
}

export const defaultReadRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterSeconds: 120,
  defaultRetryAfterSeconds: 5,
}

export interface RetryHooks {
  sleep?: (ms: number) => Promise<void>
  /** Told before each wait, e.g. to print "rate-limited, waiting 42 s (contextId …)". */
  onRetry?: (info: { attempt: number; delayMs: number; error: GenesysApiError }) => void
}

/**
 * How long to wait before attempt `attempt + 1` after `error`, or undefined when it must not be retried.
 * Only for requests that are safe to repeat: idempotent GETs, or a write refused with 429 (the rate limiter
 * rejects before anything is applied). A write that failed with 5xx, network or timeout may have landed; the
 * caller must re-read and decide (e.g. the enrichment tool recomputes its diff), so it never comes here.
 */
export function retryDelayMs(error: unknown, attempt: number, policy: RetryPolicy): number | undefined {
  if (!isGenesysApiError(error) || attempt >= policy.maxAttempts) return undefined
  const { readRetry } = errorKindRules[error.kind]
  if (readRetry === 'after-wait') {
    const seconds = error.retryAfterSeconds ?? policy.defaultRetryAfterSeconds
    return seconds > policy.maxRetryAfterSeconds ? undefined : seconds * 1000
  }
  if (readRetry === 'backoff') return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  return undefined
}

/** Runs `operation` with bounded retries per `retryDelayMs`. Meant for idempotent reads. */
export async function withRetry<T>(
  operation: () => Promise<T>,
  policy: RetryPolicy = defaultReadRetryPolicy,
  hooks: RetryHooks = {},
): Promise<T> {
  const sleep = hooks.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation()
    } catch (error) {
      const delayMs = retryDelayMs(error, attempt, policy)
      if (delayMs === undefined || !isGenesysApiError(error)) throw error
      hooks.onRetry?.({ attempt, delayMs, error })
      await sleep(delayMs)
    }
  }
}
