import { backoffCeilings, defaultBackoff, reconnectDelayMs } from './notification-backoff.ts'

describe('reconnectDelayMs', () => {
  it('doubles from the base and stops at the cap', () => {
    expect(backoffCeilings(7, defaultBackoff)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000])
  })

  it('jitters within the upper half of each step, never zero', () => {
    expect(reconnectDelayMs(3, defaultBackoff, () => 0)).toBe(2_000)
    expect(reconnectDelayMs(3, defaultBackoff, () => 0.5)).toBe(3_000)
    expect(reconnectDelayMs(3, defaultBackoff, () => 1)).toBe(4_000)
  })

  it('stays bounded for absurd attempt numbers and random values', () => {
    expect(reconnectDelayMs(10_000, defaultBackoff, () => 7)).toBe(30_000)
    expect(reconnectDelayMs(0, defaultBackoff, () => -1)).toBe(500)
  })
})
