import * as z from 'zod/mini'
import { tokenRecordSchema } from './token-record.ts'

/**
 * What sibling widget frames tell each other over BroadcastChannel. Normally never the token itself: receivers
 * re-read sessionStorage, which other tabs do not share, so a message from another tab changes nothing here.
 * Only where the browser refuses a frame its sessionStorage (third-party storage blocked) does `record` carry
 * the token, since there is no shared store; the channel stays same-origin and within the embedding site.
 */
export const sessionMessageSchema = z.strictObject({
  type: z.enum(['token-changed', 'token-cleared', 'signed-out', 'renewal-due', 'token-request']),
  key: z.string(),
  record: z.optional(tokenRecordSchema),
})
export type SessionMessage = z.infer<typeof sessionMessageSchema>

export const sessionChannelName = 'pdw-auth'
