import * as z from 'zod/mini'

/**
 * The live-update stream's state, the one list of its values: the socket reports it, the tabs of one browser relay
 * it to each other (shared-notifications.ts parses it off the BroadcastChannel), the widget shows it.
 */
export const liveStatusSchema = z.enum(['connecting', 'live', 'reconnecting', 'down'])
export type LiveStatus = z.infer<typeof liveStatusSchema>
