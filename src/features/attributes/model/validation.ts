import * as z from 'zod/mini'

export interface AttributeLimits {
  readonly maxValueLength: number
  readonly maxNameLength: number
  readonly maxAttributes: number
}

export type IssueCode =
  | 'name-blank'
  | 'name-whitespace'
  | 'name-case-clash'
  | 'name-dot'
  | 'name-exists'
  | 'name-too-long'
  | 'value-too-long'
  | 'value-not-string'
  | 'too-many-attributes'

export interface ValidationIssue {
  readonly field: 'name' | 'value'
  readonly severity: 'error' | 'warning'
  readonly code: IssueCode
  readonly params: Readonly<Record<string, string | number>>
}

/**
 * Length as Genesys Cloud and the emulator count it: UTF-16 code units, what a JSON string's length is, so an
 * emoji outside the Basic Multilingual Plane counts 2. Counting code points instead would let 20,000 emoji pass
 * a 32,768 limit here and be refused by the server.
 */
export function countLength(text: string): number {
  return text.length
}

const error = (field: ValidationIssue['field'], code: IssueCode, params = {}): ValidationIssue => ({
  field,
  severity: 'error',
  code,
  params,
})
const warning = (field: ValidationIssue['field'], code: IssueCode, params = {}): ValidationIssue => ({
  field,
  severity: 'warning',
  code,
  params,
})

/** Values come from text inputs and from storage; Genesys only stores strings. */
const valueSchema = z.string()

export function validateValue(value: unknown, limits: AttributeLimits): ValidationIssue[] {
  const parsed = valueSchema.safeParse(value)
  if (!parsed.success) return [error('value', 'value-not-string')]
  const length = countLength(parsed.data)
  return length > limits.maxValueLength
    ? [error('value', 'value-too-long', { length, limit: limits.maxValueLength })]
    : []
}

export function validateName(
  name: unknown,
  existingNames: readonly string[],
  limits: AttributeLimits,
): ValidationIssue[] {
  const parsed = z.string().safeParse(name)
  if (!parsed.success) return [error('name', 'name-blank')]
  const text = parsed.data
  const refusal = nameWriteRefusal(text, limits)
  if (refusal?.code === 'name-blank') return [refusal]
  const issues: ValidationIssue[] = refusal ? [refusal] : []
  if (text !== text.trim()) issues.push(warning('name', 'name-whitespace', { trimmed: text.trim() }))
  if (existingNames.includes(text)) {
    issues.push(warning('name', 'name-exists', { name: text }))
  } else {
    // Names are case-sensitive in Genesys: "CustomerId" next to "customerId" is a classic flow bug.
    const lower = text.toLowerCase()
    const clash = existingNames.find((existing) => existing.toLowerCase() === lower)
    if (clash !== undefined) issues.push(warning('name', 'name-case-clash', { existing: clash }))
  }
  if (text.includes('.')) issues.push(warning('name', 'name-dot'))
  return issues
}

/**
 * Why Genesys Cloud would refuse a write to this name (blank, or longer than the limit), or undefined. The one rule
 * for the add form and for names the server already holds: flows can write names the API will not take from us,
 * and such a row must not be staged, or the whole PATCH with it is refused (decision 0035).
 */
export function nameWriteRefusal(name: string, limits: AttributeLimits): ValidationIssue | undefined {
  if (name.trim() === '') return error('name', 'name-blank')
  const length = countLength(name)
  return length > limits.maxNameLength
    ? error('name', 'name-too-long', { length, limit: limits.maxNameLength })
    : undefined
}

/** The add form: a new name and its value, checked together against the participant's current names. */
export function validateNewAttribute(
  input: { name: unknown; value: unknown },
  existingNames: readonly string[],
  limits: AttributeLimits,
): ValidationIssue[] {
  const issues = [...validateName(input.name, existingNames, limits), ...validateValue(input.value, limits)]
  const isNew = typeof input.name === 'string' && !existingNames.includes(input.name)
  if (isNew && existingNames.length >= limits.maxAttributes) {
    issues.push(error('name', 'too-many-attributes', { limit: limits.maxAttributes }))
  }
  return issues
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error')
}
