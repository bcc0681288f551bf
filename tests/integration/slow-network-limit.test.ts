import { expect, it } from 'vitest'
import { physicalLimitMs } from '../../bench/scenarios/slow-network.ts'

it('puts the physical limit at three round trips plus every byte once through the link', () => {
  // 200,000 bytes at 1.6 Mbit/s take 1,000 ms; three round trips of 150 ms add 450 ms.
  expect(physicalLimitMs({ html: 1_000, parallel: 198_000, api: 1_000 })).toBeCloseTo(1_450, 6)
  expect(physicalLimitMs({ html: 0, parallel: 0, api: 0 }, { rttMs: 100, bitsPerSecond: 1_000_000 })).toBe(
    300,
  )
})

it('puts the limit of an early read (started by the HTML, beside the scripts) at the longer of the two branches', () => {
  // The scripts' branch: 150 ms + 1,000 ms of bytes; the read's: 2 × 150 ms. Plus the HTML's round trip.
  const bytes = { html: 1_000, parallel: 198_000, api: 1_000 }
  expect(physicalLimitMs(bytes, undefined, 'early-read')).toBeCloseTo(150 + 150 + 990 + 5 + 5, 6)
  // With almost nothing to download the read's two round trips are the longer branch.
  expect(
    physicalLimitMs({ html: 0, parallel: 0, api: 0 }, { rttMs: 100, bitsPerSecond: 1_000_000 }, 'early-read'),
  ).toBe(300)
  expect(physicalLimitMs(bytes, undefined, 'early-read')).toBeLessThan(physicalLimitMs(bytes))
})
