import { queryOptions } from '@tanstack/react-query'
import type { GenesysClient } from '../../../genesys/client.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import { readActiveConversations, readConversation } from '../../../genesys/conversation-reads.ts'

/**
 * Server state lives in the query cache and nowhere else. The live-update bridge writes notification payloads into
 * these same entries, so the polling intervals below only matter while the socket is down.
 */
export const conversationQueries = {
  me: (client: GenesysClient) =>
    queryOptions({
      queryKey: genesysKeys.me(),
      queryFn: () => client.getMe({ expandAuthorization: true }),
      staleTime: 5 * 60_000,
    }),
  active: (client: GenesysClient, { pollMs }: { pollMs: number | false }) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one client per session, as with client.getMe
    queryOptions({
      queryKey: genesysKeys.activeConversations(),
      queryFn: () => readActiveConversations(client),
      refetchInterval: pollMs,
    }),
  detail: (client: GenesysClient, conversationId: string, { pollMs }: { pollMs: number | false }) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one client per session, as with client.getMe
    queryOptions({
      queryKey: genesysKeys.conversation(conversationId),
      queryFn: ({ signal }) => readConversation(client, conversationId, signal),
      refetchInterval: pollMs,
    }),
}
