import type * as z from 'zod/mini'

/*
 * English text for the validation issues our schemas raise. zod/mini loads no locale, so without this every issue
 * would read "Invalid input"; its English locale would cost more of the first load than this does. Passed as the
 * `error` map of the parses whose issues reach a person (config.json problems, malformed API answers and events).
 * A message a schema sets itself (a refine's message, addIssue) still wins. The wording is zod's own English, so
 * messages read exactly as they did with classic zod.
 */

const sizeUnits: Readonly<Record<string, string>> = {
  string: 'characters',
  array: 'items',
  set: 'items',
  map: 'entries',
  file: 'bytes',
}
const formatNames: Readonly<Record<string, string>> = { url: 'URL', uuid: 'UUID', email: 'email address' }

function typeOf(input: unknown): string {
  if (typeof input === 'number')
    return Number.isNaN(input) ? 'NaN' : Number.isFinite(input) ? 'number' : String(input)
  if (typeof input !== 'object') return typeof input
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'array'
  const proto: unknown = Object.getPrototypeOf(input)
  const ctor: unknown = (input as { constructor?: unknown }).constructor
  return proto !== Object.prototype && typeof ctor === 'function' && ctor.name ? ctor.name : 'object'
}

const quoted = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value))

function bound(
  word: 'small' | 'big',
  issue: { origin: string; inclusive?: boolean; exact?: boolean },
  limit: unknown,
): string {
  const relation = issue.exact ? 'exactly ' : `${word === 'small' ? '>' : '<'}${issue.inclusive ? '=' : ''}`
  const unit = sizeUnits[issue.origin]
  const what = unit ? `to have ${relation}${String(limit)} ${unit}` : `to be ${relation}${String(limit)}`
  return `Too ${word}: expected ${issue.origin} ${what}`
}

/** A zod error map: `schema.safeParse(data, { error: issueText })`. */
export const issueText: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${typeOf(issue.input)}`
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${quoted(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(quoted).join('|')}`
    case 'too_small':
      return bound('small', issue, issue.minimum)
    case 'too_big':
      return bound('big', issue, issue.maximum)
    case 'invalid_format':
      if (issue.format === 'regex' && 'pattern' in issue)
        return `Invalid string: must match pattern ${String(issue.pattern)}`
      return `Invalid ${formatNames[issue.format] ?? issue.format}`
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(quoted).join(', ')}`
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`
    default:
      return 'Invalid input'
  }
}
