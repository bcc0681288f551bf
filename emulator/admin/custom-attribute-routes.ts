import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { recordWriteSchema, writeRecord } from '../api/custom-attributes.ts'
import type { Exchange } from '../context.ts'
import { notFound } from '../http/genesys-error.ts'
import { sendEmpty, sendJson } from '../http/respond.ts'
import { recordWire, schemaVersionWire } from '../state/custom-attributes-wire.ts'
import { parseAdminBody } from './admin-body.ts'

/*
 * Admin controls for conversation custom attributes: write a record as "another writer" (a flow, a CRM), define
 * schemas, take permissions away, choose the status a stale version gets. Reset restores the seed.
 */

export function getCustomAttributesState(ex: Exchange): void {
  const state = ex.ctx.state.customAttributes
  sendJson(ex.res, 200, {
    staleVersionStatus: state.staleVersionStatus,
    schemas: [...state.schemas.values()].map((s) => ({
      id: s.id,
      versions: s.versions.map((v) => schemaVersionWire(s, v)),
    })),
    records: [...state.records.values()].map(recordWire),
    writeLog: state.writeLog,
    permissionOverrides: [...state.permissionOverrides].map(([userId, o]) => ({
      userId,
      revoked: [...o.revoked],
      granted: [...o.granted],
    })),
  })
}

const settingsSchema = z.strictObject({ staleVersionStatus: z.number().int().min(400).max(599) })

export async function postCustomAttributesSettings(ex: Exchange): Promise<void> {
  const body = await parseAdminBody(ex, settingsSchema)
  ex.ctx.state.customAttributes.staleVersionStatus = body.staleVersionStatus
  sendJson(ex.res, 200, body)
}

const permissionsSchema = z.strictObject({
  userId: z.string().min(1),
  revoke: z.array(z.string()).default([]),
  grant: z.array(z.string()).default([]),
})

export async function postCustomAttributesPermissions(ex: Exchange): Promise<void> {
  const body = await parseAdminBody(ex, permissionsSchema)
  const overrides = ex.ctx.state.customAttributes.permissionOverrides
  const override = overrides.get(body.userId) ?? { revoked: new Set<string>(), granted: new Set<string>() }
  for (const p of body.revoke) {
    override.granted.delete(p)
    override.revoked.add(p)
  }
  for (const p of body.grant) {
    override.revoked.delete(p)
    override.granted.add(p)
  }
  overrides.set(body.userId, override)
  sendJson(ex.res, 200, {
    userId: body.userId,
    revoked: [...override.revoked],
    granted: [...override.granted],
  })
}

const schemaBodySchema = z.strictObject({
  id: z.string().min(1).optional(),
  enabled: z.boolean().default(true),
  jsonSchema: z.looseObject({ title: z.string(), properties: z.record(z.string(), z.unknown()) }),
})

/** A new schema, or a new version of an existing one (records keep the version they were written under). */
export async function postCustomAttributesSchema(ex: Exchange): Promise<void> {
  const body = await parseAdminBody(ex, schemaBodySchema)
  const schemas = ex.ctx.state.customAttributes.schemas
  const id = body.id ?? randomUUID()
  const schema = schemas.get(id) ?? { id, versions: [] }
  schema.versions.push({
    version: schema.versions.length + 1,
    enabled: body.enabled,
    dateCreated: new Date(ex.ctx.now()).toISOString(),
    jsonSchema: body.jsonSchema,
  })
  schemas.set(id, schema)
  sendJson(ex.res, 201, schemaVersionWire(schema))
}

/** Removes every schema and record: the org without conversation data schemas. */
export function deleteCustomAttributesSchemas(ex: Exchange): void {
  ex.ctx.state.customAttributes.schemas.clear()
  ex.ctx.state.customAttributes.records.clear()
  sendEmpty(ex.res, 204)
}

const adminWriteSchema = recordWriteSchema.extend({
  id: z.string().min(1).optional(),
  mode: z.enum(['patch', 'put']).default('patch'),
  by: z.string().default('crm-sync'),
  source: z.string().default('admin'),
})

/**
 * POST /__admin/conversations/{id}/customattributes: another writer changes a record at once (version + 1). It
 * goes through the same schema check as the API; a `version` in the body is checked too.
 */
export async function postAdminCustomAttributes(ex: Exchange): Promise<void> {
  const conversationId = ex.params.conversationId ?? ''
  if (!ex.ctx.state.conversations.has(conversationId)) throw notFound('conversation')
  const { mode, by, source, ...body } = await parseAdminBody(ex, adminWriteSchema)
  const record = writeRecord(ex, {
    conversationId,
    body: { ...body, id: body.id ?? randomUUID() },
    mode,
    by,
    source,
  })
  sendJson(ex.res, 200, recordWire(record))
}
