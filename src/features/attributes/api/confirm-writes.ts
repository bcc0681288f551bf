import type { AttributeMap } from '../../../genesys/attribute-map.ts'

/**
 * When to look again after a 202. Genesys applies participant-data writes asynchronously, usually within a second;
 * backing off keeps us far below the rate limit, and after about 15 s we stop and say so rather than poll forever.
 */
export const confirmationDelaysMs = [400, 800, 1600, 3200, 6400] as const

export interface ConfirmWritesOptions {
  /** Still waiting for the server to show any of these? False once a live event or a poll confirmed them all. */
  isWaiting: () => boolean
  /** A fresh read; the commit path's reads reach the staged edits through the query cache (decision 0029). */
  readServer: () => Promise<AttributeMap>
  /** Anything to do with a read beyond what `readServer` does itself; the commit path needs nothing more. */
  onServer?: (server: AttributeMap) => void
  onGiveUp: () => void
  signal: AbortSignal
  delaysMs?: readonly number[]
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
  })
}

/** Poll with bounded backoff until the server shows our values; a failed poll just waits for the next. */
export async function confirmWrites(options: ConfirmWritesOptions): Promise<void> {
  for (const delay of options.delaysMs ?? confirmationDelaysMs) {
    await sleep(delay, options.signal)
    if (options.signal.aborted || !options.isWaiting()) return
    try {
      const server = await options.readServer()
      options.onServer?.(server)
    } catch {
      // The next attempt (or a live event) may succeed; giving up is decided only by the schedule.
    }
    if (!options.isWaiting()) return
  }
  if (!options.signal.aborted) options.onGiveUp()
}
