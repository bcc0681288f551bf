import { z } from 'zod'
import { describeFieldProblem } from '../../src/genesys/custom-attribute-fields.ts'
import { createValueMap } from '../../src/genesys/custom-attributes-schemas.ts'
import type { Exchange } from '../context.ts'
import { readJsonBody } from '../http/body.ts'
import { GenesysError, badRequest, notFound } from '../http/genesys-error.ts'
import { sendEmpty, sendJson } from '../http/respond.ts'
import {
  applyRecordWrite,
  checkRecordWrite,
  mergedValues,
  newRecord,
  recordKey,
  recordsOf,
  type StoredRecord,
  type WriteMode,
} from '../state/custom-attributes.ts'
import { recordWire } from '../state/custom-attributes-wire.ts'
import type { StoredConversation } from '../state/model.ts'
import { authenticate, visibleConversation, type Principal } from './authenticate.ts'
import { requireCustomAttributesPermission } from './custom-attribute-permissions.ts'

/** Own keys copied into a null-prototype map: zod's record would drop a field called `__proto__`. */
const valueMap = z.custom<Record<string, unknown>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  'customAttributes must be an object of field names to values',
)

/** CustomAttributesPatchRequest and CustomAttributesUpdateRequest (PUT adds schemaId). */
export const recordWriteSchema = z.looseObject({
  id: z.string().min(1),
  schemaId: z.string().min(1).optional(),
  version: z.number().int().optional(),
  divisions: z.array(z.string()).optional(),
  customAttributes: valueMap,
})
export type RecordWriteBody = z.infer<typeof recordWriteSchema>

function parseWrite(body: unknown): RecordWriteBody {
  const parsed = recordWriteSchema.safeParse(body)
  if (!parsed.success) throw badRequest(z.prettifyError(parsed.error))
  const sent = parsed.data.customAttributes
  return {
    ...parsed.data,
    customAttributes: createValueMap(Object.keys(sent).map((k) => [k, sent[k]] as const)),
  }
}

function open(
  ex: Exchange,
  permission: 'view' | 'edit' | 'delete',
): { principal: Principal; conversation: StoredConversation } {
  const principal = authenticate(ex)
  const conversation = visibleConversation(ex, principal, ex.params.conversationId ?? '')
  requireCustomAttributesPermission(ex.ctx, principal, `conversation:customAttributes:${permission}`)
  return { principal, conversation }
}

export interface WriteRequest {
  conversationId: string
  body: RecordWriteBody
  mode: WriteMode
  by: string
  source: string
  /** Admin writes ("another writer") skip the version check unless they send a version. */
}

/**
 * One record write, shared by the API (single and bulk) and the admin routes: version check first (a stale
 * version changes nothing), then the schema, then the new version. Every attempt is logged.
 */
export function writeRecord(ex: Exchange, request: WriteRequest): StoredRecord {
  const { ctx } = ex
  const state = ctx.state.customAttributes
  const { body, mode, conversationId } = request
  const key = recordKey(conversationId, body.id)
  const existing = state.records.get(key)
  const at = new Date(ctx.now()).toISOString()
  const names = Object.keys(body.customAttributes)
  const log = (outcome: 'applied' | 'stale' | 'invalid', after?: StoredRecord) =>
    state.writeLog.push({
      conversationId,
      recordId: body.id,
      method: mode === 'patch' ? 'PATCH' : 'PUT',
      by: request.by,
      source: request.source,
      names,
      versionSent: body.version,
      versionBefore: existing?.version,
      versionAfter: after?.version,
      outcome,
      at,
    })
  if (!existing && mode === 'patch') throw notFound('custom attributes record')
  if (existing && body.version !== undefined && body.version !== existing.version) {
    log('stale')
    throw new GenesysError(
      state.staleVersionStatus,
      'custom.attributes.version.conflict',
      `The custom attributes record ${body.id} is at version ${existing.version}; this request was based on version ${body.version}. Read the record again.`,
      { id: body.id, currentVersion: String(existing.version), sentVersion: String(body.version) },
    )
  }
  const schemaId = existing?.schemaId ?? body.schemaId
  const schema = schemaId === undefined ? undefined : state.schemas.get(schemaId)
  if (!schema) {
    log('invalid')
    throw badRequest(`Unknown or missing schemaId for custom attributes record ${body.id}.`)
  }
  const base = existing ?? newRecord(conversationId, body.id, schema, at)
  const schemaVersion =
    schema.versions.find((v) => v.version === base.schemaVersion) ?? schema.versions.at(-1)
  const problem = schemaVersion
    ? checkRecordWrite(
        schemaVersion,
        mergedValues(existing, body.customAttributes, mode),
        body.customAttributes,
      )
    : null
  if (problem) {
    log('invalid')
    throw badRequest(describeFieldProblem(problem), { field: problem.field, rule: problem.rule })
  }
  const written = applyRecordWrite(base, body.customAttributes, mode, at)
  const record = body.divisions ? { ...written, divisions: [...body.divisions] } : written
  state.records.set(key, record)
  log('applied', record)
  return record
}

export function listCustomAttributes(ex: Exchange): void {
  const { conversation } = open(ex, 'view')
  sendJson(ex.res, 200, {
    results: recordsOf(ex.ctx.state.customAttributes, conversation.id).map(recordWire),
  })
}

export function getCustomAttributesRecord(ex: Exchange): void {
  const { conversation } = open(ex, 'view')
  const record = ex.ctx.state.customAttributes.records.get(
    recordKey(conversation.id, ex.params.attributesId ?? ''),
  )
  if (!record) throw notFound('custom attributes record')
  sendJson(ex.res, 200, recordWire(record))
}

async function writeOne(ex: Exchange, mode: WriteMode): Promise<void> {
  const { principal, conversation } = open(ex, 'edit')
  const body = parseWrite(await readJsonBody(ex.req, ex.ctx.settings.maxBodyBytes))
  const record = writeRecord(ex, {
    conversationId: conversation.id,
    body,
    mode,
    by: principal.actor,
    source: 'api',
  })
  // patchConversationCustomattributes resolves to void in the SDK: no body (assumed 204); PUT answers {id}.
  if (mode === 'patch') sendEmpty(ex.res, 204)
  else sendJson(ex.res, 200, { id: record.id })
}

export const patchCustomAttributes = (ex: Exchange) => writeOne(ex, 'patch')
export const putCustomAttributes = (ex: Exchange) => writeOne(ex, 'put')

/** The bulk variants answer CustomAttributesBulkUpdateResponseMap: one status per record id. */
async function writeBulk(ex: Exchange, mode: WriteMode): Promise<void> {
  const { principal, conversation } = open(ex, 'edit')
  const raw = await readJsonBody(ex.req, ex.ctx.settings.maxBodyBytes)
  if (!Array.isArray(raw)) throw badRequest('The request body must be an array of custom attributes records.')
  const results = Object.create(null) as Record<string, unknown>
  for (const item of raw as unknown[]) {
    const id = typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : ''
    try {
      const record = writeRecord(ex, {
        conversationId: conversation.id,
        body: parseWrite(item),
        mode,
        by: principal.actor,
        source: 'api',
      })
      results[record.id] = { attributes: recordWire(record), statusCode: 200 }
    } catch (error) {
      if (!(error instanceof GenesysError)) throw error
      results[id] = { statusCode: error.status, errorMessage: error.message }
    }
  }
  sendJson(ex.res, 200, { results })
}

export const patchCustomAttributesBulk = (ex: Exchange) => writeBulk(ex, 'patch')
export const putCustomAttributesBulk = (ex: Exchange) => writeBulk(ex, 'put')

export function deleteCustomAttributesRecord(ex: Exchange): void {
  const { principal, conversation } = open(ex, 'delete')
  const state = ex.ctx.state.customAttributes
  const key = recordKey(conversation.id, ex.params.attributesId ?? '')
  const record = state.records.get(key)
  if (!record) throw notFound('custom attributes record')
  state.records.delete(key)
  state.writeLog.push({
    conversationId: conversation.id,
    recordId: record.id,
    method: 'DELETE',
    by: principal.actor,
    source: 'api',
    names: [],
    versionSent: undefined,
    versionBefore: record.version,
    versionAfter: undefined,
    outcome: 'applied',
    at: new Date(ex.ctx.now()).toISOString(),
  })
  sendEmpty(ex.res, 204)
}
