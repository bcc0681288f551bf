import { describe, expect, it } from 'vitest'
import { planRenewal, secondsLeft } from './renewal-schedule.ts'

describe('planRenewal', () => {
  it('renews the configured lead before expiry for long tokens', () => {
    expect(planRenewal({ obtainedAt: 0, expiresAt: 86_400_000, leadSeconds: 60 })).toEqual({
      renewAt: 86_340_000,
      expiresAt: 86_400_000,
      leadMs: 60_000,
    })
  })

  it('never uses more than a fifth of a short lifetime as lead', () => {
    expect(planRenewal({ obtainedAt: 1_000, expiresAt: 11_000, leadSeconds: 60 }).renewAt).toBe(9_000)
  })
})

describe('secondsLeft', () => {
  it('rounds up and never goes negative', () => {
    expect(secondsLeft(10_500, 0)).toBe(11)
    expect(secondsLeft(0, 5_000)).toBe(0)
  })
})
