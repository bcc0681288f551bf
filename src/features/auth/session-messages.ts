import { z } from 'zod'

/**
 * What sibling widget frames tell each other over BroadcastChannel. Never the token itself: receivers re-read
 * sessionStorage, which other tabs do not share, so a message from another tab changes nothing here.
 */
export const sessionMessageSchema = z.strictObject({
  type: z.enum(['token-changed', 'token-cleared', 'signed-out', 'renewal-due']),
  key: z.string(),
})
export type SessionMessage = z.infer<typeof sessionMessageSchema>

export const sessionChannelName = 'pdw-auth'
