import type { Clock } from '../../src/features/bulk-fix/run/rate-budget.ts'

/**
 * An accelerated clock for the bulk runner: `sleep` registers a timer in virtual time, and whenever the event loop
 * has nothing else to do (setImmediate), time jumps to the earliest timer. Real request latency counts as zero
 * virtual time, so the figure is the waiting the rate limit and the read-back delays impose, not network time.
 */
export function createVirtualClock(start = Date.parse('2026-12-02T09:00:00Z')): Clock & { stop(): void } {
  let now = start
  const timers: Array<{ at: number; resolve: () => void }> = []
  let running = true
  const pump = () => {
    if (!running) return
    timers.sort((a, b) => a.at - b.at)
    const next = timers.shift()
    if (next) {
      now = Math.max(now, next.at)
      next.resolve()
    }
    setImmediate(pump)
  }
  setImmediate(pump)
  return {
    now: () => now,
    sleep: (ms) => new Promise<void>((resolve) => timers.push({ at: now + Math.max(0, ms), resolve })),
    stop: () => {
      running = false
    },
  }
}
