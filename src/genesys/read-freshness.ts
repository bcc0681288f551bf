/**
 * When a piece of server data was read, on one counter shared by reads and the live-update stream.
 *
 * Data read before live updates began is not kept current by them: a flow's write that lands between the read and
 * the moment the socket starts delivering is in neither the data nor any event. So when updates (re)start, every
 * read that *started* before is done again, and a newer read is never replaced by an older one. A counter (not a
 * clock) orders "read started" against "updates began" without two events ever sharing a millisecond.
 */
import type { LiveStatus } from './live-status.ts'
let counter = 0
const readAt = new WeakMap<object, number>()

/** A new point on the counter: take one before a request goes out, or when live updates (re)start. */
export function nextReadSequence(): number {
  counter += 1
  return counter
}

/** Records that `data` reflects the server as of `sequence` (the moment its request started). */
export function markRead<T extends object>(data: T, sequence: number): T {
  readAt.set(data, sequence)
  return data
}

/** When `data` was read; 0 for data of unknown origin, which is never trusted. */
export function readSequenceOf(data: object | undefined): number {
  return data === undefined ? 0 : (readAt.get(data) ?? 0)
}

/** The live-update stream as the widget sees it. */
export interface Liveness {
  readonly status: LiveStatus
  /** Why Genesys refused to deliver them (a rejected topic: reason and missing permissions), when it did. */
  readonly refused?: string
}
