import type { RateLimitInfo } from '../../../genesys/rate-limit-info.ts'
import {
  createBucket,
  observeLimit,
  observeRetryAfter,
  takeToken,
  type BucketShape,
  type BucketState,
  defaultShape,
} from '../model/token-bucket.ts'

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/**
 * The shell around the token bucket: one per session, fed by the headers of every answer (the widget's own calls
 * included: the app passes `observe` to its client), drawn on by bulk corrections before each request.
 */
export interface RateBudget {
  take(): Promise<void>
  observe(info: RateLimitInfo): void
  retryAfter(seconds: number): void
  /** Requests taken so far (for reports and the bench). */
  readonly taken: number
  readonly state: BucketState
}

/** Genesys: about 300 requests per minute per user and OAuth client. */
export const platformLimitPerMinute = 300

export function createRateBudget(
  clock: Clock = realClock,
  limitPerMinute = platformLimitPerMinute,
  shape: BucketShape = defaultShape,
): RateBudget {
  let state = createBucket(limitPerMinute, clock.now(), shape)
  let taken = 0
  return {
    async take() {
      for (;;) {
        const next = takeToken(state, clock.now(), shape)
        state = next.state
        if (next.waitMs === 0) {
          taken += 1
          return
        }
        await clock.sleep(next.waitMs)
      }
    },
    observe(info) {
      const reset = info.reset === undefined ? undefined : Number(info.reset)
      state = observeLimit(
        state,
        {
          count: info.count,
          allowed: info.allowed,
          resetSeconds: reset !== undefined && Number.isFinite(reset) ? reset : undefined,
        },
        clock.now(),
        shape,
      )
    },
    retryAfter(seconds) {
      state = observeRetryAfter(state, seconds, clock.now())
    },
    get taken() {
      return taken
    },
    get state() {
      return state
    },
  }
}
