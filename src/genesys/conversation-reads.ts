import type { GenesysClient } from './client.ts'
import { markRead, nextReadSequence } from './read-freshness.ts'
import type { Conversation } from './schemas.ts'

/**
 * Every conversation read is stamped with the moment its request started (see read-freshness.ts), so the commit
 * path can tell data that live updates keep current from data read before they began.
 */
export async function readConversation(
  client: GenesysClient,
  conversationId: string,
  signal?: AbortSignal,
): Promise<Conversation> {
  const sequence = nextReadSequence()
  return markRead(await client.getConversation(conversationId, signal ? { signal } : {}), sequence)
}

export async function readActiveConversations(client: GenesysClient): Promise<Conversation[]> {
  const sequence = nextReadSequence()
  const conversations = await client.listActiveConversations()
  for (const conversation of conversations) markRead(conversation, sequence)
  return conversations
}
