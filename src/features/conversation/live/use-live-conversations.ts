import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { GenesysClient } from '../../../genesys/client.ts'
import { connectNotifications } from '../../../genesys/notifications.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import { userConversationsTopic } from '../../../genesys/schemas.ts'
import { applyConversationEvent } from './apply-conversation-event.ts'
import type { LiveStatus } from './live-status.ts'

/**
 * One notifications channel per widget instance, subscribed to the signed-in user's conversations topic (Genesys
 * has no per-conversation topic). Events go straight into the query cache; after a gap everything shown is
 * refetched, because events sent while the socket was down are not replayed.
 */
export function useLiveConversations(client: GenesysClient, userId: string | undefined): LiveStatus {
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<LiveStatus>('connecting')

  useEffect(() => {
    if (!userId) return
    const connection = connectNotifications({
      client,
      topics: [userConversationsTopic(userId)],
      WebSocketImpl: WebSocket,
      onStatus: setStatus,
      onConversationEvent: (event) => applyConversationEvent(queryClient, event),
      onReconnected: () => void queryClient.invalidateQueries({ queryKey: genesysKeys.conversations() }),
      onError: (problem) => console.warn(`Live updates: ${problem.message}`),
    })
    return () => connection.close()
  }, [client, userId, queryClient])

  return status
}
