import type { Exchange } from '../context.ts'
import { notFound } from '../http/genesys-error.ts'
import { sendJson } from '../http/respond.ts'
import type { StoredSchema } from '../state/custom-attributes.ts'
import {
  coreTypeWire,
  coreTypes,
  schemaLimitsWire,
  schemaVersionWire,
} from '../state/custom-attributes-wire.ts'
import { authenticate } from './authenticate.ts'

/*
 * The schema endpoints answer any valid token: the SDK names no permission for reading them that we could
 * confirm, and an agent's widget needs them to type the editors (assumed; docs/EMULATOR.md).
 */

const path = '/api/v2/conversations/customattributes/schemas'

function schemaOf(ex: Exchange): StoredSchema {
  const schema = ex.ctx.state.customAttributes.schemas.get(ex.params.schemaId ?? '')
  if (!schema) throw notFound('schema')
  return schema
}

export function listSchemas(ex: Exchange): void {
  authenticate(ex)
  const entities = [...ex.ctx.state.customAttributes.schemas.values()].map((s) => schemaVersionWire(s))
  sendJson(ex.res, 200, { total: entities.length, entities, selfUri: path })
}

export function getSchema(ex: Exchange): void {
  authenticate(ex)
  sendJson(ex.res, 200, schemaVersionWire(schemaOf(ex)))
}

export function listSchemaVersions(ex: Exchange): void {
  authenticate(ex)
  const schema = schemaOf(ex)
  const entities = schema.versions.map((v) => schemaVersionWire(schema, v))
  sendJson(ex.res, 200, { total: entities.length, entities, selfUri: `${path}/${schema.id}/versions` })
}

export function getSchemaVersion(ex: Exchange): void {
  authenticate(ex)
  const schema = schemaOf(ex)
  const version = schema.versions.find((v) => String(v.version) === ex.params.versionId)
  if (!version) throw notFound('schema version')
  sendJson(ex.res, 200, schemaVersionWire(schema, version))
}

export function listCoreTypes(ex: Exchange): void {
  authenticate(ex)
  const at = new Date(ex.ctx.now()).toISOString()
  const entities = coreTypes.map((name) => coreTypeWire(name, at))
  sendJson(ex.res, 200, { total: entities.length, entities, selfUri: `${path}/coretypes` })
}

export function getCoreType(ex: Exchange): void {
  authenticate(ex)
  const name = ex.params.coreTypeName ?? ''
  if (!coreTypes.includes(name)) throw notFound('core type')
  sendJson(ex.res, 200, coreTypeWire(name, new Date(ex.ctx.now()).toISOString()))
}

export function getSchemaLimits(ex: Exchange): void {
  authenticate(ex)
  sendJson(ex.res, 200, schemaLimitsWire)
}
