import {
  checkFieldValue,
  type FieldProblem,
  type FieldSpec,
  type FieldValue,
} from '../../../genesys/custom-attribute-fields.ts'
import type { CustomValueMap } from '../../../genesys/custom-attributes-schemas.ts'
import { fieldMask, mayWriteField, type FieldAccessOf } from './field-access.ts'
import { parseFieldInput, type ParsedInput } from './parse-input.ts'
import type { RecordBulkPair, BulkRaw } from './parse-record-bulk.ts'
import { sameValue, serverValueOf } from './record-edits.ts'

export interface RecordBulkPlan {
  /** What to stage, in the file's order; empty when anything blocks. */
  readonly stage: readonly (readonly [field: string, value: FieldValue])[]
  /** Values that break the field's schema rule, and fields named twice: nothing is staged while there are any. */
  readonly invalid: readonly { line: number; title: string; problem: FieldProblem }[]
  readonly duplicates: readonly { line: number; title: string; earlier: number }[]
  /** Names that are no field of this record (a hidden field counts as one: it does not exist for this user). */
  readonly unknown: readonly { line: number; name: string }[]
  /** Fields the policy does not let this user change: skipped and listed, never staged. */
  readonly notWritable: readonly { line: number; title: string }[]
  /** Masked values (dots, as in an export) are never written back. */
  readonly maskedSkipped: number
  /** Lines that hold what the record already holds: nothing to change. */
  readonly unchanged: number
}

const trueText = /^(true|yes)$/i
const falseText = /^(false|no)$/i

/**
 * A value from a file → the typed value, with the editor's own rules and messages (parse-input.ts). A file may
 * also say what the editor cannot type: an ISO time with Z (what the export writes), true/false, an enum title.
 */
export function bulkValueOf(field: FieldSpec, raw: BulkRaw): ParsedInput {
  const checked = (value: FieldValue): ParsedInput => {
    const problem = checkFieldValue(field, value)
    return problem ? { ok: false, problem } : { ok: true, value }
  }
  if (typeof raw !== 'string') return checked(raw)
  if (raw.trim() === '') return checked(null)
  if (field.kind === 'boolean') {
    if (trueText.test(raw.trim())) return checked(true)
    if (falseText.test(raw.trim())) return checked(false)
    return { ok: false, problem: { field: field.name, rule: 'type', limit: 'boolean' } }
  }
  if (field.kind === 'datetime' && checkFieldValue(field, raw.trim()) === null) return checked(raw.trim())
  if (field.kind === 'enum') {
    const option = field.options?.find((o) => o.value === raw || o.title === raw)
    if (option) return checked(option.value)
  }
  return parseFieldInput(field, raw)
}

/** A field by its key, else by its title as the section shows it (what a person copies from the screen). */
function fieldNamed(fields: readonly FieldSpec[], name: string): FieldSpec | undefined {
  return fields.find((f) => f.name === name) ?? fields.find((f) => f.title === name)
}

/**
 * Pure: which pairs of a bulk list to stage on one record, and what to tell the user about the rest. Every value
 * passes the same check as typing; a broken value or a field named twice stages nothing (the list is meant as a
 * whole); unknown fields and fields the policy forbids are skipped and listed. A masked field is skipped whatever
 * its value (saying "unchanged" for the right guess would let a user probe a value they may not see).
 */
export function planRecordBulk(
  pairs: readonly RecordBulkPair[],
  fields: readonly FieldSpec[],
  server: CustomValueMap,
  accessOf: FieldAccessOf,
): RecordBulkPlan {
  const stage: [string, FieldValue][] = []
  const invalid: RecordBulkPlan['invalid'][number][] = []
  const duplicates: RecordBulkPlan['duplicates'][number][] = []
  const unknown: RecordBulkPlan['unknown'][number][] = []
  const notWritable: RecordBulkPlan['notWritable'][number][] = []
  const firstLine = new Map<string, number>()
  let maskedSkipped = 0
  let unchanged = 0
  for (const { name, raw, line } of pairs) {
    const field = fieldNamed(fields, name)
    const access = field ? accessOf(field.name) : 'hidden'
    if (!field || access === 'hidden') {
      unknown.push({ line, name })
      continue
    }
    const earlier = firstLine.get(field.name)
    if (earlier !== undefined) {
      duplicates.push({ line, title: field.title, earlier })
      continue
    }
    firstLine.set(field.name, line)
    if (raw === fieldMask) {
      maskedSkipped += 1
      continue
    }
    if (access === 'masked') {
      notWritable.push({ line, title: field.title })
      continue
    }
    const parsed = bulkValueOf(field, raw)
    const current = serverValueOf(server, field.name)
    if (parsed.ok && sameValue(parsed.value, current)) unchanged += 1
    else if (!mayWriteField(access)) notWritable.push({ line, title: field.title })
    else if (!parsed.ok) invalid.push({ line, title: field.title, problem: parsed.problem })
    else stage.push([field.name, parsed.value])
  }
  const blocked = invalid.length > 0 || duplicates.length > 0
  return {
    stage: blocked ? [] : stage,
    invalid,
    duplicates,
    unknown,
    notWritable,
    maskedSkipped,
    unchanged,
  }
}
