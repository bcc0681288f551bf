import { randomUUID } from 'node:crypto'
import type { EmulatorContext } from '../context.ts'
import type { StoredConversation } from '../state/model.ts'
import { publishQueueConversationChange } from './queue-topics.ts'
import { callTopicWire, conversationTopicWire, messageTopicWire } from './event-wire.ts'
import { parseTopic, type UserConversationTopic } from './topics.ts'

const eventBodyFor = (topic: UserConversationTopic, conversation: StoredConversation): unknown => {
  if (topic.media === 'calls') return callTopicWire(conversation)
  if (topic.media === 'messages') return messageTopicWire(conversation)
  return conversationTopicWire(conversation)
}

/**
 * Tells every subscribed channel that a conversation changed: for each permitted topic
 * v2.users.{id}.conversations[.calls|.messages] whose user takes part in the conversation, one envelope with the
 * conversation in that topic's own model (participants with attributes), as the real topics carry it.
 */
export function publishConversationChange(ctx: EmulatorContext, conversation: StoredConversation): void {
  publishQueueConversationChange(ctx, conversation)
  const userIds = new Set(conversation.participants.flatMap((p) => (p.userId ? [p.userId] : [])))
  const media = new Set(conversation.participants.map((p) => p.media))
  for (const channel of ctx.state.channels.values()) {
    if (channel.expired) continue
    for (const topicName of channel.topics) {
      const topic = parseTopic(topicName)
      if (!topic || !userIds.has(topic.userId)) continue
      if (topic.media !== null && !media.has(topic.media)) continue
      ctx.hub.publish(channel.id, {
        topicName,
        version: '2',
        eventBody: eventBodyFor(topic, conversation),
        metadata: { CorrelationId: randomUUID() },
      })
    }
  }
}
