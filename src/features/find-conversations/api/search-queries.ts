import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import type { Requester } from '../../../genesys/request.ts'
import type { SearchFilters } from '../model/search-filters.ts'
import {
  listMyConversations,
  listQueues,
  listUsers,
  searchConversations,
  type PageCursor,
} from './search-requests.ts'

/*
 * One requester per session (like the widget's client), so it is not part of the keys. The search key holds the
 * submitted filters and the moment of submission, which fixes the default time window for every page.
 */
export const searchQueries = {
  all: () => ['find-conversations'] as const,
  queues: (request: Requester) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one requester per session
    queryOptions({
      queryKey: [...searchQueries.all(), 'queues'],
      queryFn: () => listQueues(request),
      staleTime: 10 * 60_000,
    }),
  users: (request: Requester) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one requester per session
    queryOptions({
      queryKey: [...searchQueries.all(), 'users'],
      queryFn: () => listUsers(request),
      staleTime: 10 * 60_000,
    }),
  mine: (request: Requester) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one requester per session
    queryOptions({ queryKey: [...searchQueries.all(), 'mine'], queryFn: () => listMyConversations(request) }),
  search: (request: Requester, submitted: { filters: SearchFilters; at: number }) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one requester per session
    infiniteQueryOptions({
      queryKey: [...searchQueries.all(), 'search', submitted],
      queryFn: ({ pageParam }) => searchConversations(request, submitted.filters, submitted.at, pageParam),
      initialPageParam: undefined as PageCursor | undefined,
      getNextPageParam: (last) => last.next,
      staleTime: 30_000,
    }),
}
