import type { MediaArrayName } from '../state/model.ts'

/*
 * The topics this emulator publishes: v2.users.{userId}.conversations and its .calls and .messages variants, each
 * in its own SDK model (event-wire.ts). The platform has more per-media topics (.chats, .emails, .callbacks, ...);
 * their models differ again and nothing here uses them, so they are answered as Rejected rather than published
 * in a shape the real platform does not send.
 */

export interface UserConversationTopic {
  userId: string
  media: Extract<MediaArrayName, 'calls' | 'messages'> | null
}

export function parseTopic(topic: string): UserConversationTopic | null {
  const match = /^v2\.users\.([0-9a-fA-F-]{36})\.conversations(?:\.([a-z]+))?$/.exec(topic)
  if (!match?.[1]) return null
  const suffix = match[2]
  if (suffix === undefined) return { userId: match[1], media: null }
  return suffix === 'calls' || suffix === 'messages' ? { userId: match[1], media: suffix } : null
}

/** A topic the emulator rejects on purpose (setting rejectTopics), for tests of a rejected subscription. */
export interface TopicRejection {
  id: string
  rejectionReason?: string | undefined
  missingPermissions?: string[] | undefined
}

/** One entry of the ChannelTopicEntityListing that PUT/POST .../subscriptions answers. */
export interface ChannelTopicAnswer {
  id: string
  state: 'Permitted' | 'Rejected'
  rejectionReason?: string
  missingPermissions?: string[]
  selfUri?: string
}

/**
 * Whether a caller may have a topic. A user's topics belong to that user alone (the platform's available-topics
 * list marks them requiresCurrentUser); a client-credentials token has no user and may subscribe to any user's.
 * What the platform writes into rejectionReason is not documented: these texts are ours [assumed].
 */
export function answerTopic(
  topic: string,
  callerUserId: string | null,
  rejectOnPurpose: readonly TopicRejection[],
): ChannelTopicAnswer {
  const parsed = parseTopic(topic)
  if (!parsed) return { id: topic, state: 'Rejected', rejectionReason: 'Unknown or unsupported topic.' }
  const planted = rejectOnPurpose.find((rejection) => rejection.id === topic)
  if (planted) {
    return {
      id: topic,
      state: 'Rejected',
      rejectionReason: planted.rejectionReason ?? 'Rejected by the emulator setting rejectTopics.',
      missingPermissions: planted.missingPermissions ?? [],
    }
  }
  if (callerUserId !== null && parsed.userId !== callerUserId) {
    return { id: topic, state: 'Rejected', rejectionReason: "Only the current user's topics are permitted." }
  }
  return { id: topic, state: 'Permitted' }
}
