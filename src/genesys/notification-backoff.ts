export interface BackoffPolicy {
  /** Delay before the first retry. */
  baseMs: number
  /** No wait grows beyond this, however long the outage. */
  maxMs: number
}

export const defaultBackoff: Readonly<BackoffPolicy> = { baseMs: 1_000, maxMs: 30_000 }

/**
 * Wait before reconnect attempt number `failures` (1 after the first failure): doubles from `baseMs`, capped at
 * `maxMs`, with "equal jitter" (half fixed, half random) so that ten widget instances dropped by the same outage
 * do not come back in lockstep, yet none retries at once in a tight loop.
 */
export function reconnectDelayMs(
  failures: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, failures - 1)
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 30))
  const half = ceiling / 2
  return Math.round(half + half * Math.min(1, Math.max(0, random())))
}

/** Every wait of the schedule at its ceiling: what the docs and tests quote. */
export function backoffCeilings(attempts: number, policy: BackoffPolicy): number[] {
  return Array.from({ length: attempts }, (_, index) => reconnectDelayMs(index + 1, policy, () => 1))
}
