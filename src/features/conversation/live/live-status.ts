export type { LiveStatus } from '../../../genesys/live-status.ts'
export type { Liveness } from '../../../genesys/read-freshness.ts'

/** While live updates are not flowing, the open conversation is refreshed this often instead. */
export const fallbackPollMs = 10_000
