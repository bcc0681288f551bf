import * as z from 'zod/mini'
import { attributeMapSchema, createAttributeMap, type AttributeMap } from '../../../genesys/attribute-map.ts'
import { detectDelimiter, parseDelimited } from '../../attributes/bulk-correction-seam.ts'

/*
 * One file of corrections for many conversations. CSV: a header row with a `conversationId` (or `conversation`)
 * column, optionally `purpose` or `participantId`, and one column per attribute name; a column `expected:NAME`
 * holds the value the file expects the conversation to have now (a different value is a conflict). JSON: an
 * array of {conversationId, purpose?, participantId?, attributes, expected?}.
 */

export interface Correction {
  readonly conversationId: string
  /** Which participant: by id, else the first with this purpose (customer when neither is given). */
  readonly participantId?: string | undefined
  readonly purpose: string
  readonly values: AttributeMap
  readonly expected: AttributeMap
}

export interface InputProblem {
  readonly line: number
  readonly message: 'no-conversation' | 'no-values' | 'unreadable' | 'no-header'
}

export interface ParsedCorrections {
  readonly corrections: readonly Correction[]
  readonly problems: readonly InputProblem[]
}

const conversationColumns = new Set(['conversationid', 'conversation', 'conversation id'])
const expectedPrefix = 'expected:'

const jsonSchema = z.array(
  z.looseObject({
    conversationId: z.string().check(z.minLength(1)),
    participantId: z.optional(z.string()),
    purpose: z.optional(z.string()),
    // attributeMapSchema, not z.record: zod's record drops a `__proto__` name (decision 0003).
    attributes: attributeMapSchema,
    expected: z.optional(attributeMapSchema),
  }),
)

/** Names come from files: copied entry by entry into null-prototype maps, so `__proto__` is an ordinary name. */
function mapOf(entries: Iterable<readonly [string, string]>): AttributeMap {
  return createAttributeMap(entries)
}

export function parseCorrections(text: string): ParsedCorrections {
  const trimmed = text.trim()
  if (trimmed.startsWith('[')) return parseJson(trimmed)
  return parseCsv(text)
}

function parseJson(text: string): ParsedCorrections {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { corrections: [], problems: [{ line: 1, message: 'unreadable' }] }
  }
  const parsed = jsonSchema.safeParse(raw)
  if (!parsed.success) return { corrections: [], problems: [{ line: 1, message: 'unreadable' }] }
  const corrections = parsed.data.map((row) => ({
    conversationId: row.conversationId.trim(),
    participantId: row.participantId,
    purpose: row.purpose ?? 'customer',
    values: row.attributes,
    expected: row.expected ?? createAttributeMap(),
  }))
  return { corrections: corrections.filter((c) => Object.keys(c.values).length > 0), problems: [] }
}

function parseCsv(text: string): ParsedCorrections {
  const { records } = parseDelimited(text, detectDelimiter(text))
  const [header, ...rows] = records.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''))
  if (!header) return { corrections: [], problems: [{ line: 1, message: 'no-header' }] }
  const names = header.fields.map((f) => f.trim())
  const conversationAt = names.findIndex((n) => conversationColumns.has(n.toLowerCase()))
  if (conversationAt < 0) return { corrections: [], problems: [{ line: header.line, message: 'no-header' }] }
  const purposeAt = names.findIndex((n) => n.toLowerCase() === 'purpose')
  const participantAt = names.findIndex((n) => n.toLowerCase() === 'participantid')
  const special = new Set([conversationAt, purposeAt, participantAt])
  const corrections: Correction[] = []
  const problems: InputProblem[] = []
  for (const row of rows) {
    const conversationId = row.fields[conversationAt]?.trim() ?? ''
    if (!conversationId) {
      problems.push({ line: row.line, message: 'no-conversation' })
      continue
    }
    const values: Array<[string, string]> = []
    const expected: Array<[string, string]> = []
    names.forEach((name, i) => {
      const cell = row.fields[i]
      if (special.has(i) || cell === undefined || name === '') return
      if (name.startsWith(expectedPrefix)) expected.push([name.slice(expectedPrefix.length), cell])
      else values.push([name, cell])
    })
    if (values.length === 0) {
      problems.push({ line: row.line, message: 'no-values' })
      continue
    }
    const participantId = participantAt >= 0 ? row.fields[participantAt]?.trim() || undefined : undefined
    corrections.push({
      conversationId,
      participantId,
      purpose: (purposeAt >= 0 ? row.fields[purposeAt]?.trim() : '') || 'customer',
      values: mapOf(values),
      expected: mapOf(expected),
    })
  }
  return { corrections, problems }
}
