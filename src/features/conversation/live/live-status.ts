import type { Liveness } from '../../../genesys/read-freshness.ts'

/** The notifications socket as the user sees it. */
export type LiveStatus = Liveness['status']

export type { Liveness }

/** While live updates are not flowing, the open conversation is refreshed this often instead. */
export const fallbackPollMs = 10_000
