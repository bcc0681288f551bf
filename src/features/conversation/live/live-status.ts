/** The notifications socket as the user sees it. */
export type LiveStatus = 'live' | 'connecting' | 'reconnecting' | 'down'

/** While live updates are not flowing, the open conversation is refreshed this often instead. */
export const fallbackPollMs = 10_000
