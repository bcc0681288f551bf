import type { Models } from 'purecloud-platform-client-v2'
import type { MediaArrayName, StoredConversation, StoredParticipant } from '../state/model.ts'
import { communicationWire, copyDefined, nullFields } from '../state/wire.ts'

/*
 * Stored model → the eventBody of each conversation topic, in its own SDK model (not the REST shape):
 * - v2.users.{id}.conversations: ConversationEventTopicConversation. Its participants have no startTime,
 *   participantType, ani or dnis, and the conversation no times or name; state stays on calls[]/messages[].
 * - .conversations.calls / .messages: ConversationCallEventTopicCallConversation /
 *   ConversationMessageEventTopicMessageConversation, one participant per media leg with the leg's own `state`,
 *   `direction` and `held`, and `user`/`queue` references instead of ids. No calls[]/messages[] arrays.
 */

type Topic = Models.ConversationEventTopicConversation
type EventParticipant = Models.ConversationEventTopicParticipant

function eventParticipant(p: StoredParticipant): EventParticipant {
  const wire: EventParticipant = { id: p.id, purpose: p.purpose }
  copyDefined(wire, p, ['name', 'userId', 'queueId', 'address', 'connectedTime', 'endTime'])
  if (!p.wire?.omitAttributes) wire.attributes = p.attributes
  const { id, state, direction, held, connectedTime, disconnectedTime, disconnectType, provider, type } =
    communicationWire(p)
  const communication = {
    id,
    state,
    direction,
    held,
    connectedTime,
    disconnectedTime,
    disconnectType,
    provider,
  }
  const media: Partial<Record<MediaArrayName, unknown[]>> = {
    [p.media]: [definedOnly(p.media === 'messages' ? { ...communication, type } : communication)],
  }
  // ani and dnis are not in this model; the null quirks only touch fields it has.
  const nulls = Object.entries(nullFields(p)).filter(([key]) => key !== 'ani' && key !== 'dnis')
  return Object.assign(wire, media, Object.fromEntries(nulls))
}

export function conversationTopicWire(c: StoredConversation): Topic {
  const wire: Topic = { id: c.id, participants: c.participants.map(eventParticipant) }
  copyDefined(wire, c, ['address'])
  return wire
}

interface MediaLeg {
  id?: string
  name?: string
  address?: string
  startTime?: string
  connectedTime?: string
  endTime?: string
  purpose?: string
  state?: string
  direction?: string
  disconnectType?: string
  held?: boolean
  user?: { id?: string }
  queue?: { id?: string }
  attributes?: Record<string, string>
  provider?: string
}

function mediaLeg(p: StoredParticipant): MediaLeg {
  const c = p.communication
  const leg: MediaLeg = { id: p.id, purpose: p.purpose, state: c.state, direction: c.direction }
  copyDefined(leg, p, ['name', 'address', 'startTime', 'connectedTime', 'endTime'])
  copyDefined(leg, c, ['held', 'disconnectType', 'provider'])
  if (p.userId !== undefined) leg.user = { id: p.userId }
  if (p.queueId !== undefined) leg.queue = { id: p.queueId }
  if (!p.wire?.omitAttributes) leg.attributes = p.attributes
  return leg
}

export function callTopicWire(c: StoredConversation): Models.ConversationCallEventTopicCallConversation {
  const participants = c.participants
    .filter((p) => p.media === 'calls')
    .map((p): Models.ConversationCallEventTopicCallMediaParticipant => {
      const leg: Models.ConversationCallEventTopicCallMediaParticipant = mediaLeg(p)
      copyDefined(leg, p, ['ani', 'dnis'])
      return withNulls(leg, p, ['userId', 'queueId'])
    })
  const wire: Models.ConversationCallEventTopicCallConversation = {
    id: c.id,
    participants,
    otherMediaUris: [],
    recordingState: 'none',
  }
  copyDefined(wire, c, ['name', 'address'])
  return wire
}

export function messageTopicWire(
  c: StoredConversation,
): Models.ConversationMessageEventTopicMessageConversation {
  const participants = c.participants
    .filter((p) => p.media === 'messages')
    .map((p): Models.ConversationMessageEventTopicMessageMediaParticipant => {
      const leg: Models.ConversationMessageEventTopicMessageMediaParticipant = mediaLeg(p)
      copyDefined(leg, p.communication, ['type'])
      return withNulls(leg, p, ['ani', 'dnis', 'userId', 'queueId'])
    })
  const wire: Models.ConversationMessageEventTopicMessageConversation = {
    id: c.id,
    participants,
    otherMediaUris: [],
  }
  copyDefined(wire, c, ['name', 'address'])
  return wire
}

/** The null quirks for a media leg: only fields the leg model has (userId/queueId live in user/queue here). */
function withNulls<T extends object>(leg: T, p: StoredParticipant, notInModel: readonly string[]): T {
  const nulls = Object.entries(nullFields(p)).filter(([key]) => !notInModel.includes(key))
  return Object.assign(leg, Object.fromEntries(nulls))
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
