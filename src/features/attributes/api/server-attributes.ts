import type { QueryClient } from '@tanstack/react-query'
import { createAttributeMap, type AttributeMap } from '../../../genesys/attribute-map.ts'
import type { GenesysClient } from '../../../genesys/client.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import type { Conversation } from '../../../genesys/schemas.ts'
import { serverTruthOf } from './optimistic-conversation.ts'

export function participantAttributes(
  conversation: Conversation | undefined,
  participantId: string,
): AttributeMap {
  return conversation?.participants.find((p) => p.id === participantId)?.attributes ?? createAttributeMap()
}

/** One GET, written into the cache so every view sees it (the live-update bridge writes the same key). */
export async function fetchServerAttributes(
  queryClient: QueryClient,
  client: GenesysClient,
  conversationId: string,
  participantId: string,
): Promise<AttributeMap> {
  const conversation = await queryClient.fetchQuery({
    queryKey: genesysKeys.conversation(conversationId),
    queryFn: ({ signal }) => client.getConversation(conversationId, { signal }),
    staleTime: 0,
    // Structural sharing rebuilds null-prototype attribute maps as `{}` and loses a `__proto__` attribute.
    structuralSharing: false,
  })
  return participantAttributes(conversation, participantId)
}

/**
 * The freshest server values we can have before deciding what is safe to send: the cache while the socket keeps it
 * current, otherwise a GET. Our own optimistic guess never counts as server data.
 */
export async function freshServerAttributes(
  queryClient: QueryClient,
  client: GenesysClient,
  ids: { conversationId: string; participantId: string },
  mustRefetch: boolean,
): Promise<AttributeMap> {
  const cached = queryClient.getQueryData<Conversation>(genesysKeys.conversation(ids.conversationId))
  if (!mustRefetch && cached) return participantAttributes(serverTruthOf(cached), ids.participantId)
  return fetchServerAttributes(queryClient, client, ids.conversationId, ids.participantId)
}
