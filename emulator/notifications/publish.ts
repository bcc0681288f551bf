import { randomUUID } from 'node:crypto'
import type { EmulatorContext } from '../context.ts'
import type { StoredConversation } from '../state/model.ts'
import { conversationWire } from '../state/wire.ts'
import { publishQueueConversationChange } from './queue-topics.ts'
import { parseTopic } from './topics.ts'

/**
 * Tells every subscribed channel that a conversation changed: for each topic v2.users.{id}.conversations[.media]
 * whose user takes part in the conversation, one envelope with the whole conversation (participants with
 * attributes), as the real topic carries it.
 */
export function publishConversationChange(ctx: EmulatorContext, conversation: StoredConversation): void {
  publishQueueConversationChange(ctx, conversation)
  const userIds = new Set(conversation.participants.flatMap((p) => (p.userId ? [p.userId] : [])))
  const media = new Set(conversation.participants.map((p) => p.media))
  const eventBody = conversationWire(conversation)
  for (const channel of ctx.state.channels.values()) {
    if (channel.expired) continue
    for (const topicName of channel.topics) {
      const topic = parseTopic(topicName)
      if (!topic || !userIds.has(topic.userId)) continue
      if (topic.media !== null && !media.has(topic.media)) continue
      ctx.hub.publish(channel.id, {
        topicName,
        version: '2',
        eventBody,
        metadata: { CorrelationId: randomUUID() },
      })
    }
  }
}
