import type { RateLimitInfo } from '../../src/genesys/rate-limit-info.ts'

/*
 * One token bucket for every API request of the service, reads and writes alike, set below the platform's
 * ~300 requests/min per OAuth client. A 429's Retry-After, or inin-ratelimit-* headers showing the window nearly
 * used up, pause the whole bucket: the service slows down instead of storming.
 */

export interface RateBudgetOptions {
  perMinute: number
  burst: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

export interface RateBudget {
  acquire(): Promise<void>
  /** Nothing goes out for this long (a 429's Retry-After). */
  pauseFor(ms: number): void
  /** From the inin-ratelimit-* headers of any answer. */
  observe(info: RateLimitInfo): void
  readonly waiting: number
  readonly pausedUntil: number
}

export function createRateBudget(options: RateBudgetOptions): RateBudget {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const perMs = options.perMinute / 60_000
  let tokens = options.burst
  let updated = now()
  let pausedUntil = 0
  let waiting = 0
  /** Callers are served in order: each waits for the one before it. */
  let tail: Promise<void> = Promise.resolve()

  function refill(): void {
    const t = now()
    tokens = Math.min(options.burst, tokens + (t - updated) * perMs)
    updated = t
  }

  async function take(): Promise<void> {
    for (;;) {
      const pause = pausedUntil - now()
      if (pause > 0) {
        await sleep(pause)
        continue
      }
      refill()
      if (tokens >= 1) {
        tokens -= 1
        return
      }
      await sleep(Math.ceil((1 - tokens) / perMs))
    }
  }

  return {
    acquire() {
      waiting += 1
      const turn = tail.then(take)
      tail = turn.catch(() => undefined)
      return turn.finally(() => {
        waiting -= 1
      })
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms)
    },
    observe(info) {
      if (info.count === undefined || info.allowed === undefined) return
      const left = info.allowed - info.count
      const resetSeconds = Number(info.reset)
      // Another instance (or the UI) shares this client's window: leave a small reserve, wait for the reset.
      if (left <= Math.max(2, info.allowed * 0.02) && Number.isFinite(resetSeconds))
        pausedUntil = Math.max(pausedUntil, now() + resetSeconds * 1000)
    },
    get waiting() {
      return waiting
    },
    get pausedUntil() {
      return pausedUntil
    },
  }
}
