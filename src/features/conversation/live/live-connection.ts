import type { QueryClient } from '@tanstack/react-query'
import { storageChannelStore } from '../../../genesys/channel-store.ts'
import type { GenesysClient } from '../../../genesys/client.ts'
import { userConversationsTopic } from '../../../genesys/schemas.ts'
import { describeRejectedTopics } from '../../../genesys/notifications.ts'
import { connectSharedNotifications } from '../../../genesys/shared-notifications.ts'
import { sessionStore } from '../../../lib/session-store.ts'
import { applyConversationEvent } from './apply-conversation-event.ts'
import type { LiveStatus } from './live-status.ts'

export interface LiveConnectionOptions {
  client: GenesysClient
  userId: string
  queryClient: QueryClient
  onStatus: (status: LiveStatus) => void
  /** Live again after a gap (a reconnect, a new leader frame): events may have been missed. */
  onGap: () => void
  /** Genesys refused the topic (no permission, another user's...): no event will come until that changes. */
  onRefused: (reason: string) => void
}

/**
 * Live updates for the signed-in user's conversations topic (Genesys has no per-conversation topic). Every widget
 * instance in the tab shares one notifications channel, remembered across reloads, because Genesys allows only
 * about 20 per user and app (decision 0008). Events go straight into the query cache; after a gap the caller
 * refetches what was read before it, because events sent while the socket was down are not replayed. Returns the function that stops it.
 */
export function startLiveConnection({
  client,
  userId,
  queryClient,
  onStatus,
  onGap,
  onRefused,
}: LiveConnectionOptions): () => void {
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
    onStatus,
    onConversationEvent: (event) => applyConversationEvent(queryClient, event),
    // Events sent during the gap are not replayed: the caller refetches everything read before it.
    onReconnected: onGap,
    onError: (problem) => {
      console.warn(`Live updates: ${problem.message}`)
      if (problem.kind === 'topic-rejected') onRefused(describeRejectedTopics(problem.rejected ?? []))
    },
  })
  // A frame removed by the desktop (interaction wrapped up) unmounts nothing: say goodbye on pagehide, so
  // another instance takes over the channel at once instead of after the leader timeout.
  const close = () => connection.close()
  window.addEventListener('pagehide', close)
  return () => {
    window.removeEventListener('pagehide', close)
    close()
  }
}
