import type { QueryClient } from '@tanstack/react-query'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import { markRead, nextReadSequence, readSequenceOf } from '../../../genesys/read-freshness.ts'
import type { Conversation, ConversationEvent } from '../../../genesys/schemas.ts'
import { isConversationEnded } from '../model/conversation-facts.ts'
import { mergeConversationEvent } from './merge-conversation-event.ts'

/**
 * Writes a notification into the query cache. A request already in flight for the same conversation is
 * cancelled first: it was sent before this event and would otherwise overwrite newer data with older.
 * The active-conversations list is patched in place; it is refetched only when a conversation appears or ends,
 * so a flow writing attributes every few seconds costs no API calls.
 */
export function applyConversationEvent(queryClient: QueryClient, event: ConversationEvent): void {
  const receivedAt = nextReadSequence()
  const merge = (cached: Conversation) =>
    markRead(
      mergeConversationEvent(cached, event),
      eventCoversAttributes(cached, event) ? receivedAt : readSequenceOf(cached),
    )
  const detailKey = genesysKeys.conversation(event.id)
  if (queryClient.getQueryData(detailKey) !== undefined) {
    void queryClient.cancelQueries({ queryKey: detailKey, exact: true })
    queryClient.setQueryData<Conversation>(detailKey, (cached) => (cached ? merge(cached) : cached))
  }

  const activeKey = genesysKeys.activeConversations()
  const active = queryClient.getQueryData<Conversation[]>(activeKey)
  if (!active) return
  const listed = active.find((conversation) => conversation.id === event.id)
  const merged = listed ? merge(listed) : undefined
  if (!merged || isConversationEnded(merged)) {
    void queryClient.invalidateQueries({ queryKey: activeKey, exact: true })
    return
  }
  queryClient.setQueryData<Conversation[]>(
    activeKey,
    active.map((conversation) => (conversation.id === event.id ? merged : conversation)),
  )
}

/**
 * An event is as fresh as its receipt only where it carries every cached participant's attributes; a participant it
 * leaves out (or sends without attributes) keeps values from the older read, so the merge is only as fresh as that.
 */
function eventCoversAttributes(cached: Conversation, event: ConversationEvent): boolean {
  const withAttributes = new Set(
    event.participants.filter((participant) => participant.attributes !== undefined).map((p) => p.id),
  )
  return cached.participants.every((participant) => withAttributes.has(participant.id))
}
