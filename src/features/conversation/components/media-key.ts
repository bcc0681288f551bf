import type { conversationMedia } from '../model/conversation-facts.ts'

/** The message key that names a conversation's media the way an agent says it. */
export function mediaKey(media: ReturnType<typeof conversationMedia>) {
  return media === 'calls' || media === 'callbacks'
    ? 'mediaCall'
    : media === 'emails'
      ? 'mediaEmail'
      : 'mediaMessage'
}
