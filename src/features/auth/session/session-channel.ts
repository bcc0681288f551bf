import * as z from 'zod/mini'
import { tokenRecordSchema, type TokenRecord } from './token-record.ts'

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

/** One frame's end of the channel: messages about other token stores (another client or region) never arrive. */
export interface SessionChannel {
  post(type: SessionMessage['type'], record?: TokenRecord): void
  close(): void
}

export function openSessionChannel(
  channel: BroadcastChannel | undefined,
  key: string,
  onMessage: (type: SessionMessage['type'], record: TokenRecord | undefined) => void,
): SessionChannel {
  const listener = (event: MessageEvent) => {
    const message = sessionMessageSchema.safeParse(event.data)
    if (message.success && message.data.key === key) onMessage(message.data.type, message.data.record)
  }
  channel?.addEventListener('message', listener)
  return {
    post(type, record) {
      const message: SessionMessage = record ? { type, key, record } : { type, key }
      channel?.postMessage(message)
    },
    close() {
      channel?.removeEventListener('message', listener)
      channel?.close()
    },
  }
}
