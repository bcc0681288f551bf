import { randomUUID } from 'node:crypto'
import type { EmulatorContext } from '../context.ts'
import type { StoredConversation, StoredParticipant } from '../state/model.ts'

/*
 * v2.routing.queues.{queueId}.conversations: every change of a conversation that has a leg in the queue, as the
 * SDK's QueueConversationEventTopicConversation. This is the event model, not the REST one: participants carry
 * `address` but no `ani`/`dnis`; calls[] carry `self`/`other` addresses (QueueConversationEventTopicAddress) and
 * their own state. The enrichment service subscribes here with a client-credentials token (no user id).
 */

const queueTopic = /^v2\.routing\.queues\.([0-9a-fA-F-]{36})\.conversations$/

export function parseQueueTopic(topic: string): { queueId: string } | null {
  const queueId = queueTopic.exec(topic)?.[1]
  return queueId === undefined ? null : { queueId }
}

/** QueueConversationEventTopicAddress: the emulator knows only the normalized form. */
const address = (value: string | undefined) =>
  value === undefined ? undefined : { addressNormalized: value, addressRaw: value }

function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))
}

/** QueueConversationEventTopicParticipant (with QueueConversationEventTopicCall/Message/... in its media array). */
export function queueParticipantWire(p: StoredParticipant): Record<string, unknown> {
  const c = p.communication
  const inbound = c.direction === 'inbound'
  const communication = defined({
    id: c.id,
    state: c.state,
    direction: c.direction,
    held: c.held ?? false,
    provider: c.provider,
    connectedTime: c.connectedTime,
    disconnectedTime: c.disconnectedTime,
    disconnectType: c.disconnectType,
    // For the customer leg of an inbound call, self is the caller and other the number dialled.
    self: address(p.purpose === 'customer' && inbound ? p.ani : p.address),
    other: address(p.purpose === 'customer' && inbound ? p.dnis : undefined),
  })
  return defined({
    id: p.id,
    connectedTime: p.connectedTime,
    endTime: p.endTime,
    userId: p.userId,
    name: p.name,
    queueId: p.queueId,
    purpose: p.purpose,
    address: p.address,
    wrapupRequired: p.purpose === 'agent' ? true : undefined,
    attributes: { ...p.attributes },
    [p.media]: [communication],
  })
}

/** QueueConversationEventTopicConversation. */
export function queueConversationWire(c: StoredConversation): Record<string, unknown> {
  return defined({
    id: c.id,
    maxParticipants: 50,
    participants: c.participants.map(queueParticipantWire),
    recordingState: 'none',
    address: c.address,
    divisions: [],
  })
}

/** One envelope per subscribed queue topic whose queue a leg of the conversation belongs to. */
export function publishQueueConversationChange(ctx: EmulatorContext, conversation: StoredConversation): void {
  const queues = new Set(conversation.participants.flatMap((p) => (p.queueId ? [p.queueId] : [])))
  if (queues.size === 0) return
  let eventBody: Record<string, unknown> | undefined
  for (const channel of ctx.state.channels.values()) {
    if (channel.expired) continue
    for (const topicName of channel.topics) {
      const topic = parseQueueTopic(topicName)
      if (!topic || !queues.has(topic.queueId)) continue
      eventBody ??= queueConversationWire(conversation)
      ctx.hub.publish(channel.id, {
        topicName,
        version: '2',
        eventBody,
        metadata: { CorrelationId: randomUUID() },
      })
    }
  }
}
