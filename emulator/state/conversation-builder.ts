import { createAttributeMap, attributeEntries } from '../../src/genesys/attribute-map.ts'
import type {
  MediaType,
  ParsedConversationDescription,
  ParticipantDescription,
} from './conversation-description.ts'
import type { MediaArrayName, StoredConversation, StoredParticipant, WireQuirks } from './model.ts'

const mediaArrayOf: Record<MediaType, MediaArrayName> = {
  call: 'calls',
  message: 'messages',
  chat: 'chats',
  email: 'emails',
  callback: 'callbacks',
}

/** Genesys reports customers and external parties as External, everything on the org side as Internal. */
function participantTypeOf(purpose: string): string {
  return purpose === 'customer' || purpose === 'external' ? 'External' : 'Internal'
}

function buildParticipant(
  description: ParticipantDescription,
  conversationMedia: MediaType,
  conversationStart: string,
  newId: () => string,
): StoredParticipant {
  const media = mediaArrayOf[description.media ?? conversationMedia]
  const state = description.state ?? 'connected'
  const startTime = description.startTime ?? conversationStart
  const connectedTime = description.connectedTime ?? (state === 'alerting' ? undefined : startTime)
  const ended = state === 'disconnected' || state === 'terminated'
  const endTime = description.endTime ?? (ended ? startTime : undefined)
  const participant: StoredParticipant = {
    id: description.id ?? newId(),
    purpose: description.purpose,
    participantType: participantTypeOf(description.purpose),
    startTime,
    attributes: createAttributeMap(description.attributes ? attributeEntries(description.attributes) : []),
    media,
    communication: {
      id: newId(),
      state,
      direction: description.direction ?? 'inbound',
      held: false,
      provider: media === 'calls' ? 'Edge' : 'PureCloud Messaging',
      ...(connectedTime !== undefined && { connectedTime }),
      ...(endTime !== undefined && { disconnectedTime: endTime }),
      ...(ended && { disconnectType: description.disconnectType ?? 'transfer' }),
      ...(media === 'messages' && { type: description.messageType ?? 'webmessaging' }),
    },
  }
  const optional = ['name', 'userId', 'queueId', 'address', 'ani', 'dnis'] as const
  for (const key of optional) {
    const value = description[key]
    if (value !== undefined) participant[key] = value
  }
  if (connectedTime !== undefined) participant.connectedTime = connectedTime
  if (endTime !== undefined) participant.endTime = endTime
  if (description.wire) participant.wire = wireQuirks(description.wire)
  return participant
}

function wireQuirks(wire: NonNullable<ParticipantDescription['wire']>): WireQuirks {
  const quirks: WireQuirks = {}
  if (wire.omitAttributes) quirks.omitAttributes = true
  if (wire.nullFields) quirks.nullFields = [...new Set(wire.nullFields)]
  return quirks
}

/** Builds a stored conversation from its description. Pure apart from the injected id source. */
export function buildConversation(
  description: ParsedConversationDescription,
  now: Date,
  newId: () => string,
): StoredConversation {
  const startTime = description.startTime ?? now.toISOString()
  const conversation: StoredConversation = {
    id: description.id ?? newId(),
    startTime,
    participants: description.participants.map((p) =>
      buildParticipant(p, description.media, startTime, newId),
    ),
  }
  if (description.name !== undefined) conversation.name = description.name
  if (description.address !== undefined) conversation.address = description.address
  if (description.ended) return endConversation(conversation, description.endTime ?? now.toISOString())
  return conversation
}

/** Ends every leg: what the platform shows once the last party hung up. */
export function endConversation(conversation: StoredConversation, endTime: string): StoredConversation {
  return {
    ...conversation,
    endTime: conversation.endTime ?? endTime,
    participants: conversation.participants.map((p) => ({
      ...p,
      endTime: p.endTime ?? endTime,
      // Snapshot at the end, once: a write applied later changes `attributes` only.
      analyticsAttributes: p.analyticsAttributes ?? createAttributeMap(attributeEntries(p.attributes)),
      communication: {
        ...p.communication,
        state: 'terminated',
        disconnectedTime: p.communication.disconnectedTime ?? endTime,
        disconnectType: p.communication.disconnectType ?? 'client',
      },
    })),
  }
}
