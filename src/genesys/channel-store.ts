import type { ChannelStore } from './notifications.ts'
import { channelSchema } from './schemas.ts'

/**
 * Remembers the notification channel in (session) storage, which every same-origin frame of a tab shares and which
 * survives a reload: the next connection, in this frame or another, reconnects to it instead of making a new one.
 * The stored value is read back through the wire schema; anything else is treated as no channel.
 */
export function storageChannelStore(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  key: string,
): ChannelStore {
  const itemKey = `pdw.notification-channel:${key}`
  return {
    load() {
      try {
        const parsed = channelSchema.safeParse(JSON.parse(storage.getItem(itemKey) ?? 'null'))
        return parsed.success ? parsed.data : undefined
      } catch {
        return undefined
      }
    },
    save(channel) {
      try {
        if (channel) {
          const { id, connectUri, expires } = channel
          storage.setItem(itemKey, JSON.stringify({ id, connectUri, expires }))
        } else storage.removeItem(itemKey)
      } catch {
        // Storage full or revoked: the channel simply is not reused.
      }
    },
  }
}
