import { z } from 'zod'
import type { Exchange } from '../context.ts'
import { readJsonBody } from '../http/body.ts'
import { badRequest } from '../http/genesys-error.ts'
import { sendJson } from '../http/respond.ts'
import type { StoredConversation, StoredParticipant } from '../state/model.ts'
import { canSee } from '../state/users.ts'
import { authenticate } from './authenticate.ts'
import { requirePermission } from './require-permission.ts'

/*
 * POST /api/v2/conversations/participants/attributes/search (SDK: ConversationsApi
 * postConversationsParticipantsAttributesSearch, body ConversationParticipantSearchRequest, answer
 * JsonCursorSearchResponse {types, results, cursor}; permission conversation:participant:attributesview).
 * The SDK types `results` as a bare object, so its entries are our assumption: one per conversation, with the
 * participants whose attributes matched [assumed]. Criteria: EXACT, CONTAINS and STARTS_WITH on attribute names
 * listed in `fields`, DATE_RANGE on `startTime`, and `group` for an OR of criteria (the top level is AND)
 * [assumed]. Only names in the searchableAttributes setting may be searched: any other is a 400 naming it, as the
 * platform indexes only what an admin configured. Pages of 25 with an opaque cursor [assumed].
 */

type Criteria = {
  type: string
  fields?: string[] | undefined
  value?: string | undefined
  values?: string[] | undefined
  startValue?: string | undefined
  endValue?: string | undefined
  operator?: string | undefined
  group?: Criteria[] | undefined
}
const criteriaSchema: z.ZodType<Criteria> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    fields: z.array(z.string()).optional(),
    value: z.string().optional(),
    values: z.array(z.string()).optional(),
    startValue: z.string().optional(),
    endValue: z.string().optional(),
    operator: z.string().optional(),
    group: z.array(criteriaSchema).optional(),
  }),
)
const searchSchema = z.looseObject({
  query: z.array(criteriaSchema).min(1),
  sortOrder: z.enum(['ASC', 'DESC']).default('DESC'),
  cursor: z.string().optional(),
})

const pageSize = 25

function valuesOf(criteria: Criteria): string[] {
  return [...(criteria.value !== undefined ? [criteria.value] : []), ...(criteria.values ?? [])]
}

function participantMatches(
  p: StoredParticipant,
  criteria: Criteria,
  searchable: readonly string[],
): boolean {
  if (criteria.group) return criteria.group.some((c) => participantMatches(p, c, searchable))
  const fields = criteria.fields ?? []
  if (fields.length === 0) throw badRequest('Each search criteria needs fields.')
  const type = criteria.type.toUpperCase()
  if (type === 'DATE_RANGE') {
    if (fields.some((f) => f !== 'startTime')) throw badRequest('DATE_RANGE applies to startTime only.')
    const start = Date.parse(p.startTime)
    const from = criteria.startValue ? Date.parse(criteria.startValue) : -Infinity
    const to = criteria.endValue ? Date.parse(criteria.endValue) : Infinity
    return start >= from && start < to
  }
  for (const field of fields) {
    if (!searchable.includes(field)) {
      throw badRequest(`The attribute ${field} is not searchable. An admin must make it searchable first.`, {
        field,
      })
    }
  }
  const wanted = valuesOf(criteria)
  return fields.some((field) => {
    const actual = Object.hasOwn(p.attributes, field) ? p.attributes[field] : undefined
    if (actual === undefined) return false
    if (type === 'EXACT') return wanted.includes(actual)
    const lower = actual.toLowerCase()
    if (type === 'CONTAINS') return wanted.some((w) => lower.includes(w.toLowerCase()))
    if (type === 'STARTS_WITH') return wanted.some((w) => lower.startsWith(w.toLowerCase()))
    throw badRequest(`The search type ${criteria.type} is not supported by the emulator.`)
  })
}

function resultOf(c: StoredConversation, matched: StoredParticipant[]): Record<string, unknown> {
  return {
    conversationId: c.id,
    startTime: c.startTime,
    ...(c.endTime !== undefined && { endTime: c.endTime }),
    participants: matched.map((p) => ({
      participantId: p.id,
      purpose: p.purpose,
      ...(p.name !== undefined && { name: p.name }),
      attributes: { ...p.attributes },
    })),
  }
}

export async function postParticipantAttributesSearch(ex: Exchange): Promise<void> {
  const principal = authenticate(ex)
  requirePermission(ex.ctx, principal, 'conversation:participant:attributesview')
  const parsed = searchSchema.safeParse(await readJsonBody(ex.req, ex.ctx.settings.maxBodyBytes))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw badRequest(`Invalid search at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`)
  }
  const search = parsed.data
  const searchable = ex.ctx.settings.searchableAttributes
  const hits = [...ex.ctx.state.conversations.values()]
    .filter((c) => canSee(principal.userId, c))
    .flatMap((c) => {
      // Every top-level criteria must hold for one participant (AND), as the search indexes participants.
      const matched = c.participants.filter((p) =>
        search.query.every((criteria) => participantMatches(p, criteria, searchable)),
      )
      return matched.length > 0 ? [resultOf(c, matched)] : []
    })
    .sort(
      (a, b) =>
        String(a.startTime).localeCompare(String(b.startTime)) * (search.sortOrder === 'ASC' ? 1 : -1),
    )
  const offset = Number(Buffer.from(search.cursor ?? '', 'base64url').toString() || '0')
  if (!Number.isInteger(offset) || offset < 0) throw badRequest('The cursor is not one this search gave out.')
  const page = hits.slice(offset, offset + pageSize)
  sendJson(ex.res, 200, {
    types: ['conversations'],
    results: page,
    ...(offset + pageSize < hits.length && {
      cursor: Buffer.from(String(offset + pageSize)).toString('base64url'),
    }),
  })
}
