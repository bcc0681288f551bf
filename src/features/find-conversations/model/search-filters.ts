/*
 * What a supervisor asks for, and the request bodies that ask Genesys for it. Pure: no I/O, so the mapping from a
 * form to the two search endpoints is tested without a server.
 *
 * - An attribute value is searched with POST /api/v2/conversations/participants/attributes/search (only names an
 *   admin made searchable; needs conversation:participant:attributesview). Its hits are then looked up in the
 *   analytics details query by conversationId, which also applies the other filters and gives the labels.
 * - Everything else is one analytics details query (needs analytics:conversationDetail:view).
 */

export const searchMedia = ['voice', 'message', 'chat', 'email', 'callback'] as const
export type SearchMedia = (typeof searchMedia)[number]

export interface SearchFilters {
  /** A phone number (digits, spaces, +, -, parentheses) or a name. */
  readonly customer: string
  readonly queueId: string
  readonly userId: string
  readonly media: SearchMedia | ''
  /** ISO times; empty means the default window. */
  readonly from: string
  readonly to: string
  readonly attributeName: string
  readonly attributeValue: string
}

export const emptyFilters: SearchFilters = {
  customer: '',
  queueId: '',
  userId: '',
  media: '',
  from: '',
  to: '',
  attributeName: '',
  attributeValue: '',
}

/** Analytics keeps details for a bounded time; a week back is what a shift's corrections need by default. */
export const defaultWindowMs = 7 * 86_400_000

export function hasAttributeFilter(filters: SearchFilters): boolean {
  return filters.attributeName.trim() !== '' && filters.attributeValue !== ''
}

/** `+1 (415) 555-0142` → `tel:+14155550142`, as Genesys writes an ANI; undefined when it is not a number. */
export function phoneAsAni(text: string): string | undefined {
  const trimmed = text.trim()
  if (!/^\+?[\d\s().-]{5,}$/.test(trimmed)) return undefined
  const digits = trimmed.replace(/[^\d]/g, '')
  return `tel:+${digits}`
}

export function searchInterval(filters: SearchFilters, now: number): string {
  const to = filters.to ? Date.parse(filters.to) : now + 3_600_000
  const from = filters.from ? Date.parse(filters.from) : to - defaultWindowMs
  return `${new Date(from).toISOString()}/${new Date(to).toISOString()}`
}

interface Predicate {
  dimension: string
  value: string
}

function segmentPredicates(filters: SearchFilters): Predicate[] {
  const predicates: Predicate[] = []
  const customer = filters.customer.trim()
  if (customer) {
    const ani = phoneAsAni(customer)
    predicates.push(
      ani ? { dimension: 'ani', value: ani } : { dimension: 'participantName', value: customer },
    )
  }
  if (filters.queueId) predicates.push({ dimension: 'queueId', value: filters.queueId })
  if (filters.userId) predicates.push({ dimension: 'userId', value: filters.userId })
  if (filters.media) predicates.push({ dimension: 'mediaType', value: filters.media })
  return predicates
}

export interface DetailsQueryBody {
  interval: string
  order: 'desc'
  orderBy: 'conversationStart'
  paging: { pageSize: number; pageNumber: number }
  segmentFilters?: Array<{ type: 'and'; predicates: Predicate[] }>
  conversationFilters?: Array<{ type: 'or'; predicates: Predicate[] }>
}

/**
 * One analytics page. `conversationIds` narrows it to the hits of an attribute search. Each segment predicate is a
 * filter of its own (all must hold, each on some segment), as a queue and an agent sit on different legs.
 */
export function detailsQueryBody(
  filters: SearchFilters,
  page: { pageSize: number; pageNumber: number },
  now: number,
  conversationIds?: readonly string[],
): DetailsQueryBody {
  const predicates = segmentPredicates(filters)
  return {
    interval: searchInterval(filters, now),
    order: 'desc',
    orderBy: 'conversationStart',
    paging: page,
    ...(predicates.length > 0 && {
      segmentFilters: predicates.map((p) => ({ type: 'and' as const, predicates: [p] })),
    }),
    ...(conversationIds && {
      conversationFilters: [
        {
          type: 'or' as const,
          predicates: conversationIds.map((id) => ({ dimension: 'conversationId', value: id })),
        },
      ],
    }),
  }
}

export interface AttributeSearchBody {
  query: Array<Record<string, unknown>>
  sortOrder: 'DESC'
  cursor?: string
}

export function attributeSearchBody(
  filters: SearchFilters,
  now: number,
  cursor?: string,
): AttributeSearchBody {
  const [start, end] = searchInterval(filters, now).split('/')
  return {
    query: [
      { type: 'EXACT', fields: [filters.attributeName.trim()], value: filters.attributeValue },
      { type: 'DATE_RANGE', fields: ['startTime'], startValue: start, endValue: end },
    ],
    sortOrder: 'DESC',
    ...(cursor !== undefined && { cursor }),
  }
}
