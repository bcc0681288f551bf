import { csvExportMarker, restoreDefused } from './export-attributes.ts'
import { detectDelimiter, parseDelimited } from './parse-delimited.ts'

export interface BulkPair {
  readonly name: string
  readonly value: string
  /** 1-based line in the pasted text (JSON: the position of the name in the object, counted from 1). */
  readonly line: number
}

export type BulkErrorCode =
  | 'json-syntax'
  | 'json-not-object'
  | 'value-not-string'
  | 'field-count'
  | 'unterminated-quote'
  | 'duplicate-name'
  | 'empty'

export interface BulkLineError {
  readonly line: number
  readonly code: BulkErrorCode
  readonly params: Readonly<Record<string, string | number>>
}

export interface BulkParse {
  readonly format: 'json' | 'csv' | 'tsv'
  readonly pairs: readonly BulkPair[]
  readonly errors: readonly BulkLineError[]
  /** Cells whose formula-guard apostrophe was removed: the file is one of our CSV exports (csvExportMarker). */
  readonly restoredCells: number
}

function parseJsonObject(text: string): BulkParse {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      format: 'json',
      pairs: [],
      errors: [{ line: 1, code: 'json-syntax', params: { detail } }],
      restoredCells: 0,
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return {
      format: 'json',
      pairs: [],
      errors: [{ line: 1, code: 'json-not-object', params: {} }],
      restoredCells: 0,
    }
  const pairs: BulkPair[] = []
  const errors: BulkLineError[] = []
  // JSON.parse defines "__proto__" as an own key, so Object.entries sees it like any other name.
  Object.entries(parsed).forEach(([name, value], index) => {
    // Genesys stores strings only; turning 42 into "42" silently would hide a mistake in the source file.
    if (typeof value === 'string') pairs.push({ name, value, line: index + 1 })
    else errors.push({ line: index + 1, code: 'value-not-string', params: { name } })
  })
  return { format: 'json', pairs, errors, restoredCells: 0 }
}

const isMarker = (fields: readonly string[]) => fields.length === 1 && fields[0]?.trim() === csvExportMarker

const isHeader = (fields: readonly string[]) =>
  fields.length === 2 &&
  fields[0]?.trim().toLowerCase() === 'name' &&
  fields[1]?.trim().toLowerCase() === 'value'

function parseTable(text: string): BulkParse {
  const delimiter = detectDelimiter(text)
  const format = delimiter === '\t' ? 'tsv' : 'csv'
  const { records, unterminatedAt } = parseDelimited(text, delimiter)
  const pairs: BulkPair[] = []
  const errors: BulkLineError[] = []
  const firstLine = new Map<string, number>()
  // Our own export: its apostrophes are ours, not the user's, and come off again (export-attributes.ts).
  const ownExport = records[0] !== undefined && isMarker(records[0].fields)
  let restoredCells = 0
  const restore = (cell: string) => {
    const restored = ownExport ? restoreDefused(cell) : cell
    if (restored !== cell) restoredCells += 1
    return restored
  }
  records.forEach((record, index) => {
    const { line } = record
    if (ownExport && index === 0) return
    const fields = record.fields.map(restore)
    if (fields.length === 1 && fields[0]?.trim() === '') return
    if (index === (ownExport ? 1 : 0) && isHeader(fields)) return
    if (fields.length !== 2) {
      errors.push({ line, code: 'field-count', params: { count: fields.length } })
      return
    }
    const [name = '', value = ''] = fields
    const earlier = firstLine.get(name)
    if (earlier !== undefined) {
      errors.push({ line, code: 'duplicate-name', params: { name, earlier } })
      return
    }
    firstLine.set(name, line)
    pairs.push({ name, value, line })
  })
  if (unterminatedAt !== undefined)
    errors.push({ line: unterminatedAt, code: 'unterminated-quote', params: {} })
  return { format, pairs, errors, restoredCells }
}

/** A pasted or dropped correction list: a JSON object of names to strings, or CSV/TSV rows of name,value. */
export function parseBulkInput(text: string): BulkParse {
  const trimmed = text.trim()
  if (trimmed === '')
    return { format: 'csv', pairs: [], errors: [{ line: 1, code: 'empty', params: {} }], restoredCells: 0 }
  // An array is JSON too, and gets a clear "must be an object" rather than a confusing CSV error.
  return /^[[{]/.test(trimmed) ? parseJsonObject(trimmed) : parseTable(text)
}
