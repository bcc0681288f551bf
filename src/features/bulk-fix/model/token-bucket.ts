/*
 * The request budget of a bulk run, as a pure, clock-injected core: the caller passes `now` and sleeps for the
 * `waitMs` it is told. Genesys allows about 300 requests per minute per user and OAuth client, counted over the
 * widget's own calls too, and reports the count in `inin-ratelimit-*` headers.
 *
 * Without any header the bucket alone keeps a sliding minute under the limit: it refills `share` of the limit per
 * minute and holds at most `burstShare` of it, so any 60 s see at most (share + burstShare) × limit requests
 * (0.9 × by default), leaving the rest for the widget's own reads and writes. Every answer's headers then lower
 * the tokens to what the platform says is left (minus a reserve), and a 429 empties the bucket until Retry-After.
 */

export interface BucketState {
  readonly limitPerMinute: number
  readonly tokens: number
  readonly updatedAt: number
  /** No request before this time (a 429's Retry-After, or a window the headers say is used up). */
  readonly blockedUntil: number
}

export interface BucketShape {
  /** Of the per-minute limit, what the bucket refills per minute. */
  readonly share: number
  /** Of the per-minute limit, the most the bucket holds. */
  readonly burstShare: number
  /** Requests left to the widget's own calls when the headers report the window. */
  readonly reserve: number
}

export const defaultShape: BucketShape = { share: 0.8, burstShare: 0.1, reserve: 15 }

export function createBucket(limitPerMinute: number, now: number, shape = defaultShape): BucketState {
  return { limitPerMinute, tokens: capacityOf(limitPerMinute, shape), updatedAt: now, blockedUntil: 0 }
}

function capacityOf(limit: number, shape: BucketShape): number {
  return Math.max(1, Math.floor(limit * shape.burstShare))
}

function refill(state: BucketState, now: number, shape: BucketShape): BucketState {
  const elapsed = Math.max(0, now - state.updatedAt)
  const perMs = (state.limitPerMinute * shape.share) / 60_000
  const tokens = Math.min(capacityOf(state.limitPerMinute, shape), state.tokens + elapsed * perMs)
  return { ...state, tokens, updatedAt: now }
}

/** Take one request's token: `waitMs` 0 means send now (the token is taken); otherwise wait, then ask again. */
export function takeToken(
  state: BucketState,
  now: number,
  shape = defaultShape,
): { state: BucketState; waitMs: number } {
  const filled = refill(state, now, shape)
  if (now < filled.blockedUntil) return { state: filled, waitMs: filled.blockedUntil - now }
  if (filled.tokens >= 1) return { state: { ...filled, tokens: filled.tokens - 1 }, waitMs: 0 }
  const perMs = (filled.limitPerMinute * shape.share) / 60_000
  return { state: filled, waitMs: Math.ceil((1 - filled.tokens) / perMs) }
}

export interface ObservedLimit {
  count?: number | undefined
  allowed?: number | undefined
  /** Seconds until the window resets, as inin-ratelimit-reset says. */
  resetSeconds?: number | undefined
}

/** An answer's `inin-ratelimit-*` headers: the platform's count, which includes every other call of this user. */
export function observeLimit(
  state: BucketState,
  observed: ObservedLimit,
  now: number,
  shape = defaultShape,
): BucketState {
  let next = refill(state, now, shape)
  if (observed.allowed !== undefined && observed.allowed > 0 && observed.allowed !== next.limitPerMinute) {
    next = {
      ...next,
      limitPerMinute: observed.allowed,
      tokens: Math.min(next.tokens, capacityOf(observed.allowed, shape)),
    }
  }
  if (observed.count !== undefined) {
    const left = next.limitPerMinute - observed.count - shape.reserve
    if (left <= 0) {
      const resetMs = (observed.resetSeconds ?? 60) * 1000
      return { ...next, tokens: 0, blockedUntil: Math.max(next.blockedUntil, now + resetMs) }
    }
    next = { ...next, tokens: Math.min(next.tokens, left) }
  }
  return next
}

/** A 429: nothing until Retry-After (or the number in the message), and the bucket starts empty after it. */
export function observeRetryAfter(state: BucketState, seconds: number, now: number): BucketState {
  return { ...state, tokens: 0, updatedAt: now + seconds * 1000, blockedUntil: now + seconds * 1000 }
}
