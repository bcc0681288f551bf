import { detectDelimiter, parseDelimited, restoreDefused } from '../../attributes/public.ts'
import { recordCsvMarker } from './export-record.ts'

/** What a line gives for a field: text from CSV/TSV, or a JSON value as the file typed it. */
export type BulkRaw = string | number | boolean | null

export interface RecordBulkPair {
  /** A field key, or a field title as the section shows it. */
  readonly name: string
  readonly raw: BulkRaw
  /** 1-based line in the pasted text (JSON: the position of the name in the object, counted from 1). */
  readonly line: number
}

export type RecordBulkSyntaxCode =
  'empty' | 'json-syntax' | 'json-not-object' | 'value-not-scalar' | 'field-count' | 'unterminated-quote'

export interface RecordBulkSyntaxError {
  readonly line: number
  readonly code: RecordBulkSyntaxCode
  readonly name?: string | undefined
}

export interface RecordBulkParse {
  readonly pairs: readonly RecordBulkPair[]
  readonly errors: readonly RecordBulkSyntaxError[]
}

function parseJsonObject(text: string): RecordBulkParse {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { pairs: [], errors: [{ line: 1, code: 'json-syntax' }] }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { pairs: [], errors: [{ line: 1, code: 'json-not-object' }] }
  const pairs: RecordBulkPair[] = []
  const errors: RecordBulkSyntaxError[] = []
  // Records are typed, so JSON may carry 12.5 or true as such (our own JSON export does); objects and arrays
  // are kinds this section never edits.
  Object.entries(parsed).forEach(([name, raw], index) => {
    if (raw === null || ['string', 'number', 'boolean'].includes(typeof raw))
      pairs.push({ name, raw: raw as BulkRaw, line: index + 1 })
    else errors.push({ line: index + 1, code: 'value-not-scalar', name })
  })
  return { pairs, errors }
}

const isHeader = (fields: readonly string[]) =>
  fields.length === 2 &&
  ['field', 'name'].includes(fields[0]?.trim().toLowerCase() ?? '') &&
  fields[1]?.trim().toLowerCase() === 'value'

function parseTable(text: string): RecordBulkParse {
  const { records, unterminatedAt } = parseDelimited(text, detectDelimiter(text))
  // Our own export: its apostrophes are ours, not the user's, and come off again (export-record.ts).
  const ownExport = records[0]?.fields.length === 1 && records[0].fields[0]?.trim() === recordCsvMarker
  const pairs: RecordBulkPair[] = []
  const errors: RecordBulkSyntaxError[] = []
  records.forEach((record, index) => {
    if (ownExport && index === 0) return
    const fields = ownExport ? record.fields.map(restoreDefused) : record.fields
    if (fields.length === 1 && fields[0]?.trim() === '') return
    if (index === (ownExport ? 1 : 0) && isHeader(fields)) return
    const [name = '', raw = ''] = fields
    if (fields.length !== 2) errors.push({ line: record.line, code: 'field-count' })
    else pairs.push({ name, raw, line: record.line })
  })
  if (unterminatedAt !== undefined) errors.push({ line: unterminatedAt, code: 'unterminated-quote' })
  return { pairs, errors }
}

/** A pasted or dropped list for one record: a JSON object of fields to values, or CSV/TSV `field,value` rows. */
export function parseRecordBulk(text: string): RecordBulkParse {
  const trimmed = text.trim()
  if (trimmed === '') return { pairs: [], errors: [{ line: 1, code: 'empty' }] }
  // An array is JSON too, and gets a clear "must be an object" rather than a confusing CSV error.
  return /^[[{]/.test(trimmed) ? parseJsonObject(trimmed) : parseTable(text)
}
