import type { QueryClient } from '@tanstack/react-query'
import { createAttributeMap, type AttributeMap } from '../../../genesys/attribute-map.ts'
import type { GenesysClient } from '../../../genesys/client.ts'
import { readConversation } from '../../../genesys/conversation-reads.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import { readSequenceOf } from '../../../genesys/read-freshness.ts'
import type { Conversation } from '../../../genesys/schemas.ts'
import { serverTruthOf } from './optimistic-conversation.ts'

export function participantAttributes(
  conversation: Conversation | undefined,
  participantId: string,
): AttributeMap {
  return conversation?.participants.find((p) => p.id === participantId)?.attributes ?? createAttributeMap()
}

/**
 * The server's values as of now: a GET that starts now (never one already in flight, which may have left before
 * the latest write elsewhere), written into the cache unless something newer (a live event) got there first, so
 * every view sees it and the staged edits are reconciled with it (reconcile-server-snapshots.ts); a read older than
 * the cache is returned to its caller and settles nothing. Every commit decides what is safe to send from one of these, whatever the live status says:
 * a socket can be silently dead for a heartbeat interval, a frame hand-over or a rejected topic can leave the cache
 * unwatched, and participant data has no version to catch a stale decision on the server side (decision 0012).
 */
export async function readServerAttributes(
  queryClient: QueryClient,
  client: GenesysClient,
  conversationId: string,
  participantId: string,
): Promise<AttributeMap> {
  const queryKey = genesysKeys.conversation(conversationId)
  const conversation = await readConversation(client, conversationId)
  const cached = queryClient.getQueryData<Conversation>(queryKey)
  if (!cached || readSequenceOf(serverTruthOf(cached)) < readSequenceOf(conversation)) {
    // Cancel an older read still on its way: landing after this one, it would put older data back.
    await queryClient.cancelQueries({ queryKey, exact: true })
    queryClient.setQueryData(queryKey, conversation)
  }
  return participantAttributes(conversation, participantId)
}
