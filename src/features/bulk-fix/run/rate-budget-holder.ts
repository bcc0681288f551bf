import type { RateLimitInfo } from '../../../genesys/rate-limit-info.ts'
import type { RateBudget } from './rate-budget.ts'

/**
 * The session's one request budget, without the token bucket's code: the app makes this at sign-in and feeds it
 * every answer's inin-ratelimit-* headers, but only bulk corrections (a chunk of their own) draw on the budget, so
 * the bucket is made there, on first use, and the latest headers seen before are replayed into it. The first
 * screen then carries a dozen lines instead of the bucket (about 0.6 KB gzip).
 */
export interface RateBudgetHolder {
  observe(info: RateLimitInfo): void
  /** The session's budget: made by `create` the first time, the same one after that. */
  budget(create: () => RateBudget): RateBudget
}

export function createRateBudgetHolder(): RateBudgetHolder {
  let latest: RateLimitInfo | undefined
  let made: RateBudget | undefined
  return {
    observe(info) {
      if (made) made.observe(info)
      else latest = info
    },
    budget(create) {
      if (!made) {
        made = create()
        if (latest) made.observe(latest)
        latest = undefined
      }
      return made
    },
  }
}
