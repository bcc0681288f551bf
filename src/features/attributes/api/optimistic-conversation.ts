import type { QueryClient } from '@tanstack/react-query'
import { createAttributeMap, type AttributeMap } from '../../../genesys/attribute-map.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import { markRead, readSequenceOf } from '../../../genesys/read-freshness.ts'
import type { Conversation } from '../../../genesys/schemas.ts'

/**
 * Conversations we wrote into the cache ourselves. They are a display, not server truth: conflict detection,
 * confirmation and "changed elsewhere" must never read them, or our own guess would confirm itself.
 */
const optimisticConversations = new WeakMap<Conversation, Conversation>()

export function isOptimisticConversation(conversation: Conversation): boolean {
  return optimisticConversations.has(conversation)
}

/** The server data an optimistic entry was built on (the conversation itself when it is server data). */
export function serverTruthOf(conversation: Conversation): Conversation {
  return optimisticConversations.get(conversation) ?? conversation
}

export interface OptimisticSnapshot {
  readonly previous: Conversation | undefined
  readonly optimistic: Conversation | undefined
}

function withPatchedParticipant(
  conversation: Conversation,
  participantId: string,
  patch: AttributeMap,
): Conversation {
  return {
    ...conversation,
    participants: conversation.participants.map((participant) =>
      participant.id === participantId
        ? {
            ...participant,
            attributes: createAttributeMap([
              ...Object.entries(participant.attributes),
              ...Object.entries(patch),
            ]),
          }
        : participant,
    ),
  }
}

/** cancel → snapshot → set: in-flight reads could otherwise land after us with the old values. */
export async function showOptimistically(
  queryClient: QueryClient,
  conversationId: string,
  participantId: string,
  patch: AttributeMap,
): Promise<OptimisticSnapshot> {
  const queryKey = genesysKeys.conversation(conversationId)
  await queryClient.cancelQueries({ queryKey })
  const previous = queryClient.getQueryData<Conversation>(queryKey)
  if (!previous) return { previous, optimistic: undefined }
  const optimistic = withPatchedParticipant(previous, participantId, patch)
  optimisticConversations.set(optimistic, serverTruthOf(previous))
  // As fresh as the server data under it: a guess must not make a stale read look current, nor a current one stale.
  markRead(optimistic, readSequenceOf(serverTruthOf(previous)))
  queryClient.setQueryData(queryKey, optimistic)
  return { previous, optimistic }
}

/** Rollback only if nothing newer arrived meanwhile: a live update is server truth and must not be replaced. */
export function rollbackOptimistic(
  queryClient: QueryClient,
  conversationId: string,
  snapshot: OptimisticSnapshot,
): void {
  const queryKey = genesysKeys.conversation(conversationId)
  if (
    snapshot.optimistic &&
    queryClient.getQueryData(queryKey) === snapshot.optimistic &&
    snapshot.previous
  ) {
    queryClient.setQueryData(queryKey, snapshot.previous)
  }
}
