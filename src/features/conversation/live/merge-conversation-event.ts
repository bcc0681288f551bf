import type { Conversation, ConversationEvent, Participant } from '../../../genesys/schemas.ts'

/**
 * Folds a notification into the cached conversation. Events carry every participant with its attributes but can
 * omit fields the REST model has (ani, dnis, ...), so each participant is merged field by field rather than
 * replaced, and participants the event does not mention are kept.
 */
export function mergeConversationEvent(cached: Conversation, event: ConversationEvent): Conversation {
  const fromEvent = new Map(event.participants.map((participant) => [participant.id, participant]))
  const merged: Participant[] = cached.participants.map((participant) => {
    const update = fromEvent.get(participant.id)
    if (!update) return participant
    fromEvent.delete(participant.id)
    return { ...participant, ...update }
  })
  return { ...cached, participants: [...merged, ...fromEvent.values()] }
}

/** A conversation built from an event alone, for conversations the cache has not seen yet. */
export function conversationFromEvent(event: ConversationEvent): Conversation {
  return { ...event, participants: event.participants }
}
