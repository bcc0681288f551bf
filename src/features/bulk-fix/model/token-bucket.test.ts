import { describe, expect, it } from 'vitest'
import { createBucket, observeLimit, observeRetryAfter, takeToken, type BucketState } from './token-bucket.ts'

function sendFor(ms: number, bucket: BucketState, start: number): { sent: number[]; bucket: BucketState } {
  const sent: number[] = []
  let now = start
  let state = bucket
  while (now < start + ms) {
    const next = takeToken(state, now)
    state = next.state
    if (next.waitMs === 0) sent.push(now)
    else now += next.waitMs
  }
  return { sent, bucket: state }
}

describe('token bucket', () => {
  it('without headers keeps every sliding minute at or under 90% of the limit', () => {
    const { sent } = sendFor(5 * 60_000, createBucket(300, 0), 0)
    const busiest = Math.max(...sent.map((t) => sent.filter((u) => u >= t && u < t + 60_000).length))
    expect(busiest).toBeLessThanOrEqual(270)
    expect(sent.length).toBeGreaterThan(4 * 240)
  })

  it('lowers its tokens to what the headers say is left, keeping a reserve for the widget', () => {
    const bucket = observeLimit(createBucket(300, 0), { count: 280, allowed: 300, resetSeconds: 20 }, 0)
    expect(bucket.tokens).toBe(5)
    const spent = observeLimit(bucket, { count: 290, allowed: 300, resetSeconds: 20 }, 0)
    expect(takeToken(spent, 0).waitMs).toBe(20_000)
  })

  it('follows a different allowed figure', () => {
    const bucket = observeLimit(createBucket(300, 0), { allowed: 60 }, 0)
    expect(bucket.limitPerMinute).toBe(60)
    expect(bucket.tokens).toBe(6)
  })

  it('waits for a 429 Retry-After before the next request', () => {
    const blocked = observeRetryAfter(createBucket(300, 0), 42, 1_000)
    expect(takeToken(blocked, 1_000).waitMs).toBe(42_000)
    expect(takeToken(blocked, 43_000).waitMs).toBeGreaterThan(0)
    expect(takeToken(blocked, 43_500).waitMs).toBe(0)
  })
})
