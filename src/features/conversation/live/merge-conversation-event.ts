import { createAttributeMap } from '../../../genesys/attribute-map.ts'
import type {
  Conversation,
  ConversationEvent,
  EventParticipant,
  Participant,
} from '../../../genesys/schemas.ts'

/**
 * Folds a notification into the cached conversation. Events carry every participant with its attributes but can
 * omit fields the REST model has (ani, dnis, ...; every field is optional in the event models, attributes too),
 * so each participant is merged field by field rather than replaced, and participants the event does not mention
 * are kept.
 */
export function mergeConversationEvent(cached: Conversation, event: ConversationEvent): Conversation {
  const fromEvent = new Map(event.participants.map((participant) => [participant.id, participant]))
  const merged: Participant[] = cached.participants.map((participant) => {
    const update = fromEvent.get(participant.id)
    if (!update) return participant
    fromEvent.delete(participant.id)
    return { ...participant, ...update }
  })
  return { ...cached, participants: [...merged, ...[...fromEvent.values()].map(asParticipant)] }
}

/** A participant only an event has told us of: what it left out is empty, as a REST read would show it. */
function asParticipant(participant: EventParticipant): Participant {
  return { purpose: '', attributes: createAttributeMap(), ...participant }
}
