import { readAttributeMap, withUnreadableAttributes } from './attribute-map.ts'
import {
  readEventParticipant,
  type Communication,
  type ConversationEvent,
  type EventParticipant,
} from './schemas.ts'
import { flag, listOf, recordOf, text, type ReadProblem, type Reader } from './tolerant-read.ts'

/*
 * The eventBody of each conversation topic the widget reads, in its own SDK model, mapped to the widget's one view
 * (ConversationEvent: participants with attributes and their communications):
 * - v2.users.{id}.conversations: ConversationEventTopicConversation. Participants are
 *   ConversationEventTopicParticipant, close to the REST Participant but without conversation times,
 *   participantType, ani or dnis; state lives on calls[]/messages[] as on REST.
 * - v2.users.{id}.conversations.calls / .messages: ConversationCallEventTopicCallConversation /
 *   ConversationMessageEventTopicMessageConversation. Each participant is one media leg with its own `state`,
 *   `direction`, `held` and `user`/`queue` references instead of ids; there is no calls[]/messages[].
 * Other per-media topics (.chats, .emails, ...) are not read as conversations: their models differ again.
 */

export type ConversationTopicFamily = 'conversations' | 'calls' | 'messages'

const topicPattern = /^v2\.users\.[^.]+\.conversations(?:\.(calls|messages))?$/

/** The family of a topic the widget can read as a conversation event, or undefined for any other topic. */
export function conversationTopicFamily(topic: string): ConversationTopicFamily | undefined {
  const match = topicPattern.exec(topic)
  if (!match) return undefined
  return match[1] === 'calls' || match[1] === 'messages' ? match[1] : 'conversations'
}

const conversationTopicEvent = recordOf(
  { id: text, address: text, participants: listOf(readEventParticipant) },
  { required: ['id'], fallback: { participants: () => [] } },
)

const reference = recordOf({ id: text })
const state: Reader<string> = (value, path, problems) => text(value, path, problems)?.toLowerCase()

/** CallMediaParticipant / MessageMediaParticipant (event flavours): the fields the widget's view takes. */
const mediaParticipantFields = recordOf(
  {
    id: text,
    name: text,
    purpose: text,
    address: text,
    ani: text,
    dnis: text,
    startTime: text,
    connectedTime: text,
    endTime: text,
    user: reference,
    queue: reference,
    attributes: readAttributeMap,
    state,
    direction: text,
    held: flag,
    disconnectType: text,
    provider: text,
  },
  { required: ['id'] },
)
const mediaParticipant = withUnreadableAttributes(mediaParticipantFields)
type MediaParticipant = NonNullable<ReturnType<typeof mediaParticipant>>

type DefinedOnly<T> = { [K in keyof T]?: Exclude<T[K], undefined> }
const leaveOutUndefined = <T extends object>(value: T): DefinedOnly<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as DefinedOnly<T>

/**
 * One media leg → the widget's participant: user/queue become ids, the leg's state its one communication. As for
 * every event, what the leg does not carry (attributes, purpose) stays absent, so a merge keeps the cached value.
 */
function fromMediaLeg(leg: MediaParticipant, media: 'calls' | 'messages'): EventParticipant {
  const { user, queue, state, direction, held, disconnectType, provider, ...rest } = leg
  const communication: Communication = leaveOutUndefined({ state, direction, held, disconnectType, provider })
  return {
    ...rest,
    ...leaveOutUndefined({ userId: user?.id, queueId: queue?.id }),
    // A leg with no state or direction says nothing about its communication: invent none.
    ...(Object.keys(communication).length > 0 ? { [media]: [communication] } : {}),
  }
}

const mediaTopicEvent = (media: 'calls' | 'messages') => {
  const read = recordOf(
    { id: text, name: text, address: text, participants: listOf(mediaParticipant) },
    { required: ['id'], fallback: { participants: () => [] } },
  )
  return (value: unknown, problems: ReadProblem[]): ConversationEvent | undefined => {
    const event = read(value, '', problems)
    if (!event) return undefined
    return { ...event, participants: event.participants.map((leg) => fromMediaLeg(leg, media)) }
  }
}

const readers: Record<
  ConversationTopicFamily,
  (value: unknown, problems: ReadProblem[]) => ConversationEvent | undefined
> = {
  conversations: (value, problems) => conversationTopicEvent(value, '', problems),
  calls: mediaTopicEvent('calls'),
  messages: mediaTopicEvent('messages'),
}

/** Reads one event of a family; `problems` lists what was left out, or why the whole event is unreadable. */
export function readConversationEvent(
  family: ConversationTopicFamily,
  eventBody: unknown,
): { event?: ConversationEvent; problems: ReadProblem[] } {
  const problems: ReadProblem[] = []
  const event = readers[family](eventBody, problems)
  if (!event) return { problems }
  return { event: problems.length > 0 ? { ...event, problems } : event, problems }
}
