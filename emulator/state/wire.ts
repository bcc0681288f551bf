import type { Models } from 'purecloud-platform-client-v2'
import type { StoredConversation, StoredParticipant } from './model.ts'

/*
 * Stored model → the Genesys SDK wire shapes. Typed with the official SDK's models (index.d.ts), so a field the
 * real API does not have breaks the compile here; CallConversation is in call-wire.ts; tests/contract checks the same at run time, extra fields
 * included. Notification topics have models of their own: notifications/event-wire.ts.
 */

type Conversation = Models.Conversation
type Participant = Models.Participant
/** The fields the emulator fills are common to Call and Message (`type` is Message's only). */
type Communication = Models.Call & Pick<Models.Message, 'type'>

const conversationUri = (id: string): string => `/api/v2/conversations/${id}`

/** Copies the keys the source has (same name, same meaning on the wire). */
export function copyDefined<S extends object, K extends keyof S & string>(
  target: object,
  source: S,
  keys: K[],
): void {
  for (const key of keys) if (source[key] !== undefined) Object.assign(target, { [key]: source[key] })
}

export function communicationWire(p: StoredParticipant): Communication {
  const c = p.communication
  const wire: Communication = { id: c.id, state: c.state, direction: c.direction }
  copyDefined(wire, c, ['held', 'connectedTime', 'disconnectedTime', 'disconnectType', 'provider', 'type'])
  return wire
}

/** Participant on the generic endpoint: no participant-level state; state lives on calls[]/messages[]. */
export function participantWire(p: StoredParticipant): Participant {
  const wire: Participant = { id: p.id, purpose: p.purpose }
  copyDefined(wire, p, ['name', 'participantType', 'userId', 'queueId', 'address', 'ani', 'dnis'])
  copyDefined(wire, p, ['startTime', 'connectedTime', 'endTime'])
  // A participant the admin API made without the key (as real answers can be) has none on the wire either.
  if (!p.wire?.omitAttributes) wire.attributes = p.attributes
  Object.assign(wire, { [p.media]: [communicationWire(p)] }, nullFields(p))
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

/** Fields the admin API asked to send as `null` (real answers do; the SDK models call them optional). */
export function nullFields(p: StoredParticipant): Record<string, null> {
  return Object.fromEntries((p.wire?.nullFields ?? []).map((key) => [key, null]))
}
