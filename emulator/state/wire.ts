import type { Communication, Conversation, Participant } from '../../src/genesys/schemas.ts'
import type { StoredConversation, StoredParticipant } from './model.ts'

/*
 * Stored model → the Genesys SDK wire shapes (Conversation, Participant; CallConversation is in call-wire.ts).
 * Both sides import the same types from src/genesys/schemas.ts so a shape change breaks the compile here, not at
 * run time.
 */

const conversationUri = (id: string): string => `/api/v2/conversations/${id}`

function copyDefined<T extends object, K extends keyof T>(
  target: Record<string, unknown>,
  source: T,
  keys: K[],
): void {
  for (const key of keys) if (source[key] !== undefined) target[key as string] = source[key]
}

function communicationWire(p: StoredParticipant): Communication {
  const c = p.communication
  const wire: Communication = { id: c.id, state: c.state, direction: c.direction }
  copyDefined(wire, c, ['held', 'connectedTime', 'disconnectedTime', 'disconnectType', 'provider', 'type'])
  return wire
}

/** Participant on the generic endpoint: no participant-level state; state lives on calls[]/messages[]. */
export function participantWire(p: StoredParticipant): Participant {
  const wire: Participant = { id: p.id, purpose: p.purpose, attributes: p.attributes }
  copyDefined(wire, p, ['name', 'participantType', 'userId', 'queueId', 'address', 'ani', 'dnis'])
  copyDefined(wire, p, ['startTime', 'connectedTime', 'endTime'])
  wire[p.media] = [communicationWire(p)]
  return wire
}

export function conversationWire(c: StoredConversation): Conversation {
  const wire: Conversation = {
    id: c.id,
    startTime: c.startTime,
    participants: c.participants.map(participantWire),
    selfUri: conversationUri(c.id),
  }
  copyDefined(wire, c, ['name', 'address', 'endTime'])
  return wire
}
