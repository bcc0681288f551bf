import type { MediaArrayName } from '../state/model.ts'

/*
 * The topics this emulator knows: v2.users.{userId}.conversations and its per-media variants
 * (v2.users.{userId}.conversations.calls, .messages, ...). Anything else is refused with 400, as Genesys refuses
 * topics it does not know.
 */

export interface UserConversationTopic {
  userId: string
  media: MediaArrayName | null
}

const mediaSuffixes: readonly MediaArrayName[] = ['calls', 'messages', 'chats', 'emails', 'callbacks']

export function parseTopic(topic: string): UserConversationTopic | null {
  const match = /^v2\.users\.([0-9a-fA-F-]{36})\.conversations(?:\.([a-z]+))?$/.exec(topic)
  if (!match?.[1]) return null
  const suffix = match[2]
  if (suffix === undefined) return { userId: match[1], media: null }
  const media = mediaSuffixes.find((m) => m === suffix)
  return media ? { userId: match[1], media } : null
}
