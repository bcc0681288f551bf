import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { storageChannelStore } from '../../../genesys/channel-store.ts'
import type { GenesysClient } from '../../../genesys/client.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import { userConversationsTopic } from '../../../genesys/schemas.ts'
import { connectSharedNotifications } from '../../../genesys/shared-notifications.ts'
import { sessionStore } from '../../../lib/session-store.ts'
import { applyConversationEvent } from './apply-conversation-event.ts'
import type { LiveStatus } from './live-status.ts'

/**
 * Live updates for the signed-in user's conversations topic (Genesys has no per-conversation topic). Every widget
 * instance in the tab shares one notifications channel, remembered across reloads, because Genesys allows only
 * about 20 per user and app. Events go straight into the query cache; after a gap everything shown is refetched,
 * because events sent while the socket was down are not replayed.
 */
export function useLiveConversations(client: GenesysClient, userId: string | undefined): LiveStatus {
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<LiveStatus>('connecting')

  useEffect(() => {
    if (!userId) return
    const shareKey = `${client.apiOrigin}|${userId}`
    const connection = connectSharedNotifications({
      client,
      topics: [userConversationsTopic(userId)],
      WebSocketImpl: WebSocket,
      shareKey,
      channelStore: storageChannelStore(sessionStore().storage, shareKey),
      ...(typeof BroadcastChannel === 'undefined'
        ? {}
        : { openBroadcast: (name: string) => new BroadcastChannel(name) }),
      onStatus: setStatus,
      onConversationEvent: (event) => applyConversationEvent(queryClient, event),
      onReconnected: () => void queryClient.invalidateQueries({ queryKey: genesysKeys.conversations() }),
      onError: (problem) => console.warn(`Live updates: ${problem.message}`),
    })
    // A frame removed by the desktop (interaction wrapped up) unmounts nothing: say goodbye on pagehide, so
    // another instance takes over the channel at once instead of after the leader timeout.
    const close = () => connection.close()
    window.addEventListener('pagehide', close)
    return () => {
      window.removeEventListener('pagehide', close)
      close()
    }
  }, [client, userId, queryClient])

  return status
}
