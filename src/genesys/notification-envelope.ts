import { conversationTopicFamily, readConversationEvent } from './event-schemas.ts'
import {
  heartbeatTopic,
  notificationEnvelopeSchema,
  socketClosingTopic,
  type ConversationEvent,
} from './schemas.ts'

export type ClassifiedNotification =
  | { kind: 'heartbeat' }
  | { kind: 'socket-closing' }
  | { kind: 'conversation'; topic: string; event: ConversationEvent }
  | { kind: 'other'; topic: string; eventBody: unknown }
  | { kind: 'malformed'; topic?: string; reason: string }

/**
 * Sorts one socket message. Pure, and never throws: the server's data is outside our control, so anything we
 * cannot read becomes 'malformed' with a reason the caller reports. `channel.metadata` (heartbeats and other
 * channel chatter) only proves the socket is alive. A conversation event keeps what could be read: the parts left
 * out are in `event.problems`; only an event without an id is malformed.
 */
export function classifyNotification(data: string): ClassifiedNotification {
  let json: unknown
  try {
    json = JSON.parse(data)
  } catch {
    return { kind: 'malformed', reason: `the message is not JSON (${data.length} characters)` }
  }
  const envelope = notificationEnvelopeSchema.safeParse(json)
  if (!envelope.success) return { kind: 'malformed', reason: 'the message has no topicName' }
  const { topicName: topic, eventBody } = envelope.data
  if (topic === heartbeatTopic) return { kind: 'heartbeat' }
  if (topic === socketClosingTopic) return { kind: 'socket-closing' }
  const family = conversationTopicFamily(topic)
  if (!family) return { kind: 'other', topic, eventBody }
  const { event, problems } = readConversationEvent(family, eventBody)
  if (event) return { kind: 'conversation', topic, event }
  const issue = problems[0]
  const at = issue?.path ? ` at ${issue.path}` : ''
  return {
    kind: 'malformed',
    topic,
    reason: `the conversation event has an unexpected shape${at}: ${issue?.message ?? ''}`,
  }
}

/** Socket payloads arrive as text in browsers and as text or bytes from Node's `ws`. */
export function messageText(data: unknown): string | undefined {
  if (typeof data === 'string') return data
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return new TextDecoder().decode(data)
  return undefined
}
