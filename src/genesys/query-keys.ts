/**
 * Query keys for Genesys data, general to specific. Plain arrays so that the framework-free client, the features
 * and the live-update bridge all name the same cache entries.
 */
export const genesysKeys = {
  all: ['genesys'] as const,
  me: () => [...genesysKeys.all, 'me'] as const,
  conversations: () => [...genesysKeys.all, 'conversations'] as const,
  activeConversations: () => [...genesysKeys.conversations(), 'active'] as const,
  conversation: (conversationId: string) =>
    [...genesysKeys.conversations(), 'detail', conversationId] as const,
}
