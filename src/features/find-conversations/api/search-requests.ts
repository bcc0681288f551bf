import type { Requester } from '../../../genesys/request.ts'
import { conversationListingSchema, type Conversation } from '../../../genesys/schemas.ts'
import {
  attributeSearchBody,
  detailsQueryBody,
  hasAttributeFilter,
  type SearchFilters,
} from '../model/search-filters.ts'
import {
  attributeSearchAnswerSchema,
  detailsQueryAnswerSchema,
  namedListingSchema,
  type AnalyticsConversation,
  type Named,
} from './search-schemas.ts'

/*
 * The requests behind "Find conversations", with the same paths and bodies as the official SDK:
 * ConversationsApi postConversationsParticipantsAttributesSearch, postAnalyticsConversationsDetailsQuery,
 * getConversations; RoutingApi getRoutingQueues; UsersApi getUsers.
 */

export interface FoundPage {
  readonly conversations: readonly AnalyticsConversation[]
  /** How to ask for the next page; undefined on the last one. */
  readonly next: PageCursor | undefined
  readonly total: number | undefined
}

/** Analytics pages by number; the attribute search by an opaque cursor. */
export type PageCursor = { kind: 'analytics'; pageNumber: number } | { kind: 'attributes'; cursor: string }

export const pageSize = 25

export async function searchConversations(
  request: Requester,
  filters: SearchFilters,
  now: number,
  page: PageCursor | undefined,
): Promise<FoundPage> {
  if (hasAttributeFilter(filters)) {
    const cursor = page?.kind === 'attributes' ? page.cursor : undefined
    const hits = await request({
      method: 'POST',
      path: '/api/v2/conversations/participants/attributes/search',
      body: attributeSearchBody(filters, now, cursor),
      schema: attributeSearchAnswerSchema,
    })
    const ids = hits.results.map((hit) => hit.conversationId)
    const next = hits.cursor ? ({ kind: 'attributes', cursor: hits.cursor } as const) : undefined
    if (ids.length === 0) return { conversations: [], next, total: undefined }
    const details = await request({
      method: 'POST',
      path: '/api/v2/analytics/conversations/details/query',
      body: detailsQueryBody(filters, { pageSize: 100, pageNumber: 1 }, now, ids),
      schema: detailsQueryAnswerSchema,
    })
    return { conversations: details.conversations, next, total: undefined }
  }
  const pageNumber = page?.kind === 'analytics' ? page.pageNumber : 1
  const details = await request({
    method: 'POST',
    path: '/api/v2/analytics/conversations/details/query',
    body: detailsQueryBody(filters, { pageSize, pageNumber }, now),
    schema: detailsQueryAnswerSchema,
  })
  const more = pageNumber * pageSize < details.totalHits
  return {
    conversations: details.conversations,
    next: more ? { kind: 'analytics', pageNumber: pageNumber + 1 } : undefined,
    total: details.totalHits,
  }
}

/** Every page of a search, for "apply to every conversation in this result" (bounded: a correction, not an export). */
export async function collectAllConversations(
  request: Requester,
  filters: SearchFilters,
  now: number,
  limit = 2_000,
): Promise<AnalyticsConversation[]> {
  const all: AnalyticsConversation[] = []
  let page: PageCursor | undefined
  do {
    const found = await searchConversations(request, filters, now, page)
    all.push(...found.conversations)
    page = found.next
  } while (page && all.length < limit)
  return all.slice(0, limit)
}

export async function listMyConversations(request: Requester): Promise<readonly Conversation[]> {
  const listing = await request({
    method: 'GET',
    path: '/api/v2/conversations',
    schema: conversationListingSchema,
  })
  return listing.entities
}

/** Pages of 100 up to the listing's pageCount; at most 50 (5,000 names, more than a picker can usefully offer). */
const namedPageSize = 100
export const maxNamedPages = 50

/** Every page of a Genesys entity listing: an org has more queues and agents than one page holds. */
async function listAllNamed(request: Requester, path: string): Promise<readonly Named[]> {
  const all: Named[] = []
  for (let pageNumber = 1; pageNumber <= maxNamedPages; pageNumber += 1) {
    const listing = await request({
      method: 'GET',
      path,
      query: { pageSize: String(namedPageSize), pageNumber: String(pageNumber) },
      schema: namedListingSchema,
    })
    all.push(...listing.entities)
    if (listing.entities.length === 0 || pageNumber >= (listing.pageCount ?? pageNumber)) break
  }
  return all
}

export const listQueues = (request: Requester) => listAllNamed(request, '/api/v2/routing/queues')
export const listUsers = (request: Requester) => listAllNamed(request, '/api/v2/users')
