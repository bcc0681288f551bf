import { createAttributeMap, hasAttribute } from '../../../genesys/attribute-map.ts'
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
    return mergeParticipant(participant, update)
  })
  return { ...cached, participants: [...merged, ...[...fromEvent.values()].map(asParticipant)] }
}

/**
 * An event's attributes replace the cached ones, except for a name whose value it sent but could not be read (a
 * number, an object, null): that name keeps its last readable value, still listed as unreadable so the panel says
 * so, rather than vanishing or turning a staged edit of it into a conflict with a value nobody can see (decision
 * 0034). The list describes the event's attributes: one that reads cleanly clears it.
 */
function mergeParticipant(cached: Participant, update: EventParticipant): Participant {
  if (update.attributes === undefined) return { ...cached, ...update }
  const { unreadableAttributes, ...rest } = update
  const attributes = createAttributeMap(Object.entries(update.attributes))
  for (const name of unreadableAttributes ?? [])
    if (hasAttribute(cached.attributes, name)) attributes[name] = cached.attributes[name] as string
  const { unreadableAttributes: _earlier, ...before } = cached
  return {
    ...before,
    ...rest,
    attributes,
    ...(unreadableAttributes ? { unreadableAttributes } : {}),
  }
}

/** A participant only an event has told us of: what it left out is empty, as a REST read would show it. */
function asParticipant(participant: EventParticipant): Participant {
  return { purpose: '', attributes: createAttributeMap(), ...participant }
}
