import { queryOptions } from '@tanstack/react-query'
import type { GenesysClient } from '../../../genesys/client.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import { readActiveConversations, readConversation } from '../../../genesys/conversation-reads.ts'
import { GenesysApiError } from '../../../genesys/errors.ts'
import { fallbackPollMs } from '../live/live-status.ts'

/** How long a failed `users/me` waits before it is asked again: the fallback poll, or longer if Retry-After says so. */
export function meRetryMs(error: unknown): number {
  const retryAfterMs = error instanceof GenesysApiError ? (error.retryAfterSeconds ?? 0) * 1000 : 0
  return Math.max(fallbackPollMs, retryAfterMs)
}

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
      // Until the user is known nothing is committed and live updates do not start (decision 0032), so a failed
      // read (a 503 or a 429 at sign-in) is asked again rather than left standing until a reload.
      refetchInterval: (query) => (query.state.status === 'error' ? meRetryMs(query.state.error) : false),
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
