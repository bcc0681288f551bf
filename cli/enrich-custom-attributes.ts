import {
  checkFieldValue,
  describeFieldProblem,
  fieldsOfSchema,
  type FieldSpec,
  type FieldValue,
} from '../src/genesys/custom-attribute-fields.ts'
import type { CustomAttributesClient } from '../src/genesys/custom-attributes-client.ts'
import { readValue, scalarValue } from '../src/genesys/custom-attributes-schemas.ts'
import { isGenesysApiError } from '../src/genesys/errors.ts'
import { UsageError } from './enrich-core.ts'

/*
 * `--record <id> --set field=value`: writes conversation custom attributes, typed by the record's schema, with the
 * record version read as the compare-and-set: one PATCH of the changed fields; a refused version is a conflict
 * (exit 2) and nothing is retried.
 */

export type RecordOutcome =
  'written' | 'unchanged' | 'dry-run' | 'conflict' | 'not-found' | 'invalid' | 'failed'

export interface RecordResult {
  outcome: RecordOutcome
  recordId: string
  versionRead?: number | undefined
  changes: Array<{ field: string; from: FieldValue | undefined; to: FieldValue }>
  message?: string | undefined
}

const decimal = /^[+-]?(\d+(\.\d+)?|\.\d+)$/

/** Command-line text → the field's type: numbers with a point, true/false, enum value or title, ISO date-time. */
export function parseRecordValue(field: FieldSpec, text: string): FieldValue {
  let value: FieldValue = text
  if (text === '') value = null
  else if (field.kind === 'number' || field.kind === 'integer') {
    if (!decimal.test(text.trim()))
      throw new UsageError(describeFieldProblem({ field: field.name, rule: 'type', limit: field.kind }))
    value = Number(text)
  } else if (field.kind === 'boolean') {
    if (text !== 'true' && text !== 'false')
      throw new UsageError(describeFieldProblem({ field: field.name, rule: 'type', limit: 'boolean' }))
    value = text === 'true'
  } else if (field.kind === 'enum')
    value = field.options?.find((o) => o.value === text || o.title === text)?.value ?? text
  const problem = checkFieldValue(field, value)
  if (problem) throw new UsageError(describeFieldProblem(problem))
  return value
}

export async function runRecordEnrichment(
  client: CustomAttributesClient,
  request: {
    conversationId: string
    recordId: string
    sets: ReadonlyArray<readonly [string, string]>
    dryRun: boolean
  },
): Promise<RecordResult> {
  const base: RecordResult = { outcome: 'failed', recordId: request.recordId, changes: [] }
  try {
    const record = await client.getRecord(request.conversationId, request.recordId)
    const schemaId = record.schema?.id
    if (!schemaId) return { ...base, outcome: 'invalid', message: 'the record names no schema' }
    const schema = await client.getSchemaVersion(schemaId, record.schema?.version ?? 1)
    const fields = fieldsOfSchema(schema.jsonSchema)
    const changes: RecordResult['changes'] = []
    for (const [name, text] of request.sets) {
      const field = fields.find((f) => f.name === name)
      if (!field) throw new UsageError(describeFieldProblem({ field: name, rule: 'unknown-field' }))
      const to = parseRecordValue(field, text)
      const from = scalarValue(readValue(record.customAttributes, name))
      if ((from ?? null) !== to) changes.push({ field: name, from, to })
    }
    const read = { ...base, versionRead: record.version, changes }
    if (changes.length === 0) return { ...read, outcome: 'unchanged' }
    if (request.dryRun) return { ...read, outcome: 'dry-run' }
    const customAttributes = Object.create(null) as Record<string, FieldValue>
    for (const change of changes) customAttributes[change.field] = change.to
    try {
      await client.patchRecord(request.conversationId, {
        id: record.id,
        version: record.version,
        customAttributes,
      })
    } catch (error) {
      if (isGenesysApiError(error) && (error.status === 409 || error.status === 412))
        return {
          ...read,
          outcome: 'conflict',
          message: `the record changed after version ${record.version} was read`,
        }
      throw error
    }
    return { ...read, outcome: 'written' }
  } catch (error) {
    if (error instanceof UsageError) return { ...base, outcome: 'invalid', message: error.message }
    if (isGenesysApiError(error) && error.kind === 'not-found')
      return { ...base, outcome: 'not-found', message: error.message }
    return { ...base, outcome: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
}

const show = (value: FieldValue | undefined) =>
  value === undefined || value === null ? '(none)' : JSON.stringify(value)

export function formatRecordResult(result: RecordResult): string[] {
  const lines = result.changes.map((c) => `${c.field}: ${show(c.from)} -> ${show(c.to)}`)
  const what = {
    written: `record ${result.recordId}: written over version ${result.versionRead}`,
    unchanged: `record ${result.recordId}: nothing to change`,
    'dry-run': `record ${result.recordId}: dry run, nothing sent`,
    conflict: `record ${result.recordId}: conflict, ${result.message}; nothing written`,
    'not-found': `record ${result.recordId}: not found (${result.message})`,
    invalid: `record ${result.recordId}: ${result.message}`,
    failed: `record ${result.recordId}: failed: ${result.message}`,
  }[result.outcome]
  return [...lines, what]
}

export const recordExitCodes: Record<RecordOutcome, number> = {
  written: 0,
  unchanged: 0,
  'dry-run': 0,
  conflict: 2,
  'not-found': 3,
  invalid: 64,
  failed: 1,
}
