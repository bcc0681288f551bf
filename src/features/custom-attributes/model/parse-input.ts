import {
  checkFieldValue,
  type FieldProblem,
  type FieldSpec,
  type FieldValue,
} from '../../../genesys/custom-attribute-fields.ts'

export type ParsedInput = { ok: true; value: FieldValue } | { ok: false; problem: FieldProblem }

const decimal = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/

/**
 * What an editor produced (text of an input, a toggle's state) → the typed value to stage, or the rule it breaks.
 * Empty means "no value" (null, which removes the field on PATCH), so a required field emptied is refused here.
 * A comma decimal is read as a point: agents in German-speaking orgs type 12,50.
 */
export function parseFieldInput(field: FieldSpec, raw: string | boolean): ParsedInput {
  const refuse = (rule: FieldProblem['rule'], limit?: string | number): ParsedInput => ({
    ok: false,
    problem: { field: field.name, rule, limit },
  })
  let value: FieldValue
  if (typeof raw === 'boolean') value = raw
  else if (raw.trim() === '') value = null
  else if (field.kind === 'integer' || field.kind === 'number') {
    const text = raw.trim()
    if (!decimal.test(text)) return refuse('type', field.kind)
    value = Number(text.replace(',', '.'))
  } else if (field.kind === 'datetime') {
    // <input type="datetime-local"> gives local wall time; the record holds UTC (ISO-8601 with Z).
    if (!localDateTime.test(raw)) return refuse('format', 'YYYY-MM-DDTHH:mm')
    const time = new Date(raw)
    if (Number.isNaN(time.getTime())) return refuse('format', 'YYYY-MM-DDTHH:mm')
    value = time.toISOString()
  } else value = raw
  const problem = checkFieldValue(field, value)
  return problem ? { ok: false, problem } : { ok: true, value }
}

/** The editor text for a stored value (the inverse of parseFieldInput for the text-like kinds). */
export function inputTextOf(field: FieldSpec, value: FieldValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (field.kind === 'datetime' && typeof value === 'string') {
    const time = new Date(value)
    if (Number.isNaN(time.getTime())) return value
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}T${pad(time.getHours())}:${pad(time.getMinutes())}`
  }
  return String(value)
}
