import { randomUUID } from 'node:crypto'
import {
  checkFieldValue,
  fieldsOfSchema,
  type FieldProblem,
} from '../../src/genesys/custom-attribute-fields.ts'
import { createAttributeMap } from '../../src/genesys/attribute-map.ts'
import { createValueMap } from '../../src/genesys/custom-attributes-schemas.ts'
import {
  CUSTOM_ATTRIBUTES_SEED,
  seededLiveCallValues,
  seededRecordConversationId,
  seededSchemaDocument,
} from '../seed-custom-attributes.ts'

/*
 * Conversation custom attributes: admin-defined schemas (every version kept) and typed records per conversation,
 * each with a `version` for optimistic concurrency. Pure functions over this state; the handlers are the shell.
 */

export interface StoredSchemaVersion {
  version: number
  enabled: boolean
  dateCreated: string
  jsonSchema: Record<string, unknown>
}

export interface StoredSchema {
  id: string
  /** Oldest first; the last one is current. */
  versions: StoredSchemaVersion[]
}

export interface StoredRecord {
  id: string
  conversationId: string
  schemaId: string
  schemaVersion: number
  divisions: string[]
  /** Null-prototype maps: field names come from admins and outside writers. */
  values: Record<string, unknown>
  timestamps: Record<string, string>
  version: number
  dateCreated: string
  dateModified: string
}

export interface CustomAttributeWrite {
  conversationId: string
  recordId: string
  method: 'PATCH' | 'PUT' | 'DELETE'
  by: string
  source: string
  names: string[]
  /** The version the writer said it read (undefined: an unconditional write). */
  versionSent: number | undefined
  versionBefore: number | undefined
  versionAfter: number | undefined
  outcome: 'applied' | 'stale' | 'invalid'
  at: string
}

export interface CustomAttributesState {
  schemas: Map<string, StoredSchema>
  /** Key `${conversationId}/${recordId}`. */
  records: Map<string, StoredRecord>
  writeLog: CustomAttributeWrite[]
  /** Status for a stale version; the platform's is undocumented (docs/EMULATOR.md), 409 by default. */
  staleVersionStatus: number
  /** Per user: permissions taken away from (or given to) the seeded roles, so tests can reach the 403s. */
  permissionOverrides: Map<string, { revoked: Set<string>; granted: Set<string> }>
}

export const recordKey = (conversationId: string, recordId: string) => `${conversationId}/${recordId}`

export function currentVersion(schema: StoredSchema): StoredSchemaVersion {
  const last = schema.versions.at(-1)
  if (!last) throw new Error(`schema ${schema.id} has no versions`)
  return last
}

export function createCustomAttributesState(now: Date): CustomAttributesState {
  const at = now.toISOString()
  const schema: StoredSchema = {
    id: CUSTOM_ATTRIBUTES_SEED.schemaId,
    versions: [{ version: 1, enabled: true, dateCreated: at, jsonSchema: seededSchemaDocument }],
  }
  const values = createValueMap(Object.entries(seededLiveCallValues(now)))
  const record: StoredRecord = {
    id: CUSTOM_ATTRIBUTES_SEED.liveCallRecordId,
    conversationId: seededRecordConversationId,
    schemaId: schema.id,
    schemaVersion: 1,
    divisions: ['*'],
    values,
    timestamps: createAttributeMap(Object.keys(values).map((k) => [k, at] as const)),
    version: 1,
    dateCreated: at,
    dateModified: at,
  }
  return {
    schemas: new Map([[schema.id, schema]]),
    records: new Map([[recordKey(record.conversationId, record.id), record]]),
    writeLog: [],
    staleVersionStatus: 409,
    permissionOverrides: new Map(),
  }
}

export function recordsOf(state: CustomAttributesState, conversationId: string): StoredRecord[] {
  return [...state.records.values()].filter((r) => r.conversationId === conversationId)
}

/** The first problem of a write, or null. `patch`: null removes a field; the result must still satisfy `required`. */
export function checkRecordWrite(
  schema: StoredSchemaVersion,
  merged: Readonly<Record<string, unknown>>,
  sent: Readonly<Record<string, unknown>>,
): FieldProblem | null {
  const fields = fieldsOfSchema(schema.jsonSchema)
  for (const name of Object.keys(sent)) {
    if (!fields.some((f) => f.name === name)) return { field: name, rule: 'unknown-field' }
  }
  for (const field of fields) {
    const present = Object.hasOwn(merged, field.name)
    if (!present && !field.required) continue
    const problem = checkFieldValue(field, present ? merged[field.name] : undefined)
    if (problem) return problem
  }
  return null
}

export type WriteMode = 'patch' | 'put'

/** The record after a write: a new object (version + 1), never a change to the stored one. */
export function applyRecordWrite(
  record: StoredRecord,
  sent: Readonly<Record<string, unknown>>,
  mode: WriteMode,
  at: string,
): StoredRecord {
  const values = createValueMap(mode === 'patch' ? Object.entries(record.values) : [])
  const timestamps = Object.assign(
    Object.create(null) as Record<string, string>,
    mode === 'patch' ? record.timestamps : {},
  )
  for (const name of Object.keys(sent)) {
    const value = sent[name]
    if (value === null) {
      delete values[name]
      delete timestamps[name]
    } else {
      values[name] = value
      timestamps[name] = at
    }
  }
  return { ...record, values, timestamps, version: record.version + 1, dateModified: at }
}

export function mergedValues(
  record: StoredRecord | undefined,
  sent: Readonly<Record<string, unknown>>,
  mode: WriteMode,
): Record<string, unknown> {
  const values = createValueMap(mode === 'patch' && record ? Object.entries(record.values) : [])
  for (const name of Object.keys(sent)) {
    if (sent[name] === null) delete values[name]
    else values[name] = sent[name]
  }
  return values
}

export function newRecord(
  conversationId: string,
  id: string | undefined,
  schema: StoredSchema,
  at: string,
): StoredRecord {
  return {
    id: id ?? randomUUID(),
    conversationId,
    schemaId: schema.id,
    schemaVersion: currentVersion(schema).version,
    divisions: ['*'],
    values: createValueMap(),
    timestamps: Object.create(null) as Record<string, string>,
    version: 0,
    dateCreated: at,
    dateModified: at,
  }
}
