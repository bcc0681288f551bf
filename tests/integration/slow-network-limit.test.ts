import { expect, it } from 'vitest'
import { physicalLimitMs } from '../../bench/scenarios/slow-network.ts'

it('puts the physical limit at three round trips plus every byte once through the link', () => {
  // 200,000 bytes at 1.6 Mbit/s take 1,000 ms; three round trips of 150 ms add 450 ms.
  expect(physicalLimitMs({ html: 1_000, parallel: 198_000, api: 1_000 })).toBeCloseTo(1_450, 6)
  expect(physicalLimitMs({ html: 0, parallel: 0, api: 0 }, { rttMs: 100, bitsPerSecond: 1_000_000 })).toBe(
    300,
  )
})
