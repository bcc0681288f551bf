/**
 * A sliding one-minute window per access token: each request's time is remembered for 60 s. Pure bookkeeping;
 * the API shell turns a refusal into the Genesys 429 body and headers.
 */

const windowMs = 60_000

export interface RateDecision {
  allowed: boolean
  /** Requests in the current window, this one included when allowed. */
  count: number
  limit: number
  /** Seconds until the oldest request leaves the window (at least 1). */
  resetSeconds: number
}

export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>()

  check(key: string, now: number, limit: number): RateDecision {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - windowMs)
    const allowed = recent.length < limit
    if (allowed) recent.push(now)
    this.hits.set(key, recent)
    const oldest = recent[0] ?? now
    const resetSeconds = Math.max(1, Math.ceil((oldest + windowMs - now) / 1000))
    return { allowed, count: recent.length, limit, resetSeconds }
  }

  clear(): void {
    this.hits.clear()
  }
}

export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  return {
    'inin-ratelimit-count': String(decision.count),
    'inin-ratelimit-allowed': String(decision.limit),
    'inin-ratelimit-reset': String(decision.resetSeconds),
  }
}
