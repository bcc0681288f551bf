import { z } from 'zod'
import type { Exchange } from '../context.ts'
import { readJsonBody } from '../http/body.ts'
import { badRequest } from '../http/genesys-error.ts'
import { sendJson } from '../http/respond.ts'
import type { StoredConversation, StoredParticipant } from '../state/model.ts'
import { authenticate } from './authenticate.ts'
import { requirePermission } from './require-permission.ts'

/*
 * POST /api/v2/analytics/conversations/details/query (SDK: ConversationsApi/AnalyticsApi
 * postAnalyticsConversationsDetailsQuery, body ConversationQuery, answer AnalyticsConversationQueryResponse whose
 * participants carry no attributes: AnalyticsParticipantWithoutAttributes). The emulator evaluates the subset the
 * queue sweep and the supervisor search need: the interval (on conversationStart), the conversation dimensions
 * conversationEnd (exists/notExists) and conversationId, segment predicates on queueId, mediaType, userId, ani,
 * dnis, purpose, direction and participantName [assumed: a segment dimension], `and`/`or` filters with clauses,
 * order and paging. Any other dimension is refused with 400 naming it, so a test never believes a filter applied
 * that did not. Needs analytics:conversationDetail:view.
 *
 * The attributes as analytics keeps them come from the asynchronous details jobs (analytics-jobs.ts), whose
 * AnalyticsConversation participants do carry `attributes`.
 */

const predicateSchema = z.looseObject({
  type: z.string().optional(),
  dimension: z.string(),
  operator: z.enum(['matches', 'exists', 'notExists']).default('matches'),
  value: z.string().optional(),
})
const clauseSchema = z.looseObject({
  type: z.enum(['and', 'or']),
  predicates: z.array(predicateSchema).default([]),
})
const filterSchema = z.looseObject({
  type: z.enum(['and', 'or']),
  predicates: z.array(predicateSchema).default([]),
  clauses: z.array(clauseSchema).default([]),
})
export const conversationQuerySchema = z.looseObject({
  interval: z.string().regex(/^[^/]+\/[^/]+$/),
  conversationFilters: z.array(filterSchema).default([]),
  segmentFilters: z.array(filterSchema).default([]),
  order: z.enum(['asc', 'desc']).default('asc'),
  orderBy: z.enum(['conversationStart']).default('conversationStart'),
  paging: z
    .looseObject({
      pageSize: z.number().int().min(1).max(100).default(25),
      pageNumber: z.number().int().min(1).default(1),
    })
    .default({ pageSize: 25, pageNumber: 1 }),
})
type Predicate = z.infer<typeof predicateSchema>
type Filter = z.infer<typeof filterSchema>

const sessionMedia: Record<StoredParticipant['media'], string> = {
  calls: 'voice',
  messages: 'message',
  chats: 'chat',
  emails: 'email',
  callbacks: 'callback',
}

function conversationPredicate(c: StoredConversation, p: Predicate): boolean {
  if (p.dimension === 'conversationId') {
    if (p.operator === 'exists') return true
    if (p.operator === 'notExists') return false
    return c.id === p.value
  }
  if (p.dimension !== 'conversationEnd')
    throw badRequest(`The emulator does not support the conversation dimension ${p.dimension}.`)
  return p.operator === 'notExists' ? c.endTime === undefined : c.endTime !== undefined
}

function segmentPredicate(c: StoredConversation, p: Predicate): boolean {
  const values = segmentValues(c, p.dimension)
  if (!values) throw badRequest(`The emulator does not support the segment dimension ${p.dimension}.`)
  if (p.operator === 'exists') return values.length > 0
  if (p.operator === 'notExists') return values.length === 0
  return p.value !== undefined && values.includes(p.value)
}

function segmentValues(c: StoredConversation, dimension: string): string[] | undefined {
  const present = (pick: (x: StoredParticipant) => string | undefined) =>
    c.participants.flatMap((x) => {
      const value = pick(x)
      return value === undefined ? [] : [value]
    })
  switch (dimension) {
    case 'queueId':
      return present((x) => x.queueId)
    case 'mediaType':
      return c.participants.map((x) => sessionMedia[x.media])
    case 'userId':
      return present((x) => x.userId)
    case 'ani':
      return present((x) => x.ani)
    case 'dnis':
      return present((x) => x.dnis)
    case 'purpose':
      return c.participants.map((x) => x.purpose)
    case 'direction':
      return c.participants.map((x) => x.communication.direction)
    case 'participantName':
      return present((x) => x.name)
    default:
      return undefined
  }
}

function passes(filters: Filter[], test: (p: Predicate) => boolean): boolean {
  const holds = (type: 'and' | 'or', results: boolean[]) =>
    results.length === 0 ? true : type === 'and' ? results.every(Boolean) : results.some(Boolean)
  return filters.every((f) =>
    holds(f.type, [
      ...f.predicates.map(test),
      ...f.clauses.map((clause) => holds(clause.type, clause.predicates.map(test))),
    ]),
  )
}

export function analyticsParticipant(p: StoredParticipant): Record<string, unknown> {
  const c = p.communication
  const segment = { segmentStart: p.startTime, segmentType: p.purpose === 'ivr' ? 'ivr' : 'interact' }
  return {
    participantId: p.id,
    purpose: p.purpose,
    ...(p.name !== undefined && { participantName: p.name }),
    ...(p.userId !== undefined && { userId: p.userId }),
    sessions: [
      {
        sessionId: c.id,
        mediaType: sessionMedia[p.media],
        direction: c.direction,
        ...(p.ani !== undefined && { ani: p.ani }),
        ...(p.dnis !== undefined && { dnis: p.dnis }),
        segments: [
          {
            ...segment,
            ...(p.endTime !== undefined && { segmentEnd: p.endTime }),
            ...(p.queueId !== undefined && { queueId: p.queueId }),
          },
        ],
      },
    ],
  }
}

export type ConversationQuery = z.infer<typeof conversationQuerySchema>

export function parseConversationQuery(body: unknown): ConversationQuery {
  const parsed = conversationQuerySchema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw badRequest(`Invalid conversation query at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`)
  }
  return parsed.data
}

/** The conversations a query selects, in its order (every page). */
export function matchConversations(
  conversations: Iterable<StoredConversation>,
  query: Pick<ConversationQuery, 'interval' | 'conversationFilters' | 'segmentFilters' | 'order'>,
): StoredConversation[] {
  const [from, to] = query.interval.split('/').map((t) => Date.parse(t))
  if (from === undefined || to === undefined || Number.isNaN(from) || Number.isNaN(to) || from >= to)
    throw badRequest('The interval must be two ISO-8601 times, start/end, start before end.')
  return [...conversations]
    .filter((c) => {
      const start = Date.parse(c.startTime)
      return start >= from && start < to
    })
    .filter((c) => passes(query.conversationFilters, (p) => conversationPredicate(c, p)))
    .filter((c) => passes(query.segmentFilters, (p) => segmentPredicate(c, p)))
    .sort((a, b) => a.startTime.localeCompare(b.startTime) * (query.order === 'asc' ? 1 : -1))
}

export async function postConversationDetailsQuery(ex: Exchange): Promise<void> {
  const principal = authenticate(ex)
  requirePermission(ex.ctx, principal, 'analytics:conversationDetail:view')
  const query = parseConversationQuery(await readJsonBody(ex.req, ex.ctx.settings.maxBodyBytes))
  const matching = matchConversations(ex.ctx.state.conversations.values(), query)
  const { pageSize, pageNumber } = query.paging
  const page = matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize)
  // Like the platform, an empty page has no `conversations` key at all.
  sendJson(ex.res, 200, {
    ...(page.length > 0 && {
      conversations: page.map((c) => ({
        conversationId: c.id,
        conversationStart: c.startTime,
        ...(c.endTime !== undefined && { conversationEnd: c.endTime }),
        originatingDirection: c.participants[0]?.communication.direction ?? 'inbound',
        participants: c.participants.map(analyticsParticipant),
      })),
    }),
    totalHits: matching.length,
  })
}
