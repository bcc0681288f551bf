/*
 * The fields of a conversation custom-attributes schema, read from its JSON-schema document, and the one rule set
 * both the widget (before staging) and the emulator (on write) apply to a value. Shared so the two can never
 * disagree about what a number or an enum value is.
 *
 * Genesys documents the types (text, long text, integer, number, boolean, enum, date, date & time, currency) and
 * that schemas are JSON schema; the exact property shape is assumed from its other data schemas:
 * `{allOf: [{$ref: "#/definitions/<core type>"}], title, minLength, maxLength, minimum, maximum, enum,
 * _enumProperties: {value: {title}}}`. Plain JSON-schema `type`/`format`/`enum` are read as well, so either shape
 * gives typed editors, and anything else is shown read-only rather than guessed at.
 */

export type FieldKind =
  'text' | 'longtext' | 'integer' | 'number' | 'boolean' | 'enum' | 'date' | 'datetime' | 'unknown'

export interface FieldSpec {
  name: string
  title: string
  description?: string | undefined
  kind: FieldKind
  required: boolean
  minLength?: number | undefined
  maxLength?: number | undefined
  minimum?: number | undefined
  maximum?: number | undefined
  /** enum only: stored value and display title, in schema order. */
  options?: ReadonlyArray<{ value: string; title: string }> | undefined
}

/** A custom attribute value: what JSON can carry (objects and arrays only for kinds we do not edit). */
export type FieldValue = string | number | boolean | null

export type FieldRule =
  | 'required'
  | 'type'
  | 'enum'
  | 'minLength'
  | 'maxLength'
  | 'minimum'
  | 'maximum'
  | 'format'
  | 'unknown-field'

export interface FieldProblem {
  field: string
  rule: FieldRule
  /** The bound or expected type that was broken, for the message. */
  limit?: string | number | undefined
}

const coreKinds: Readonly<Record<string, FieldKind>> = {
  text: 'text',
  identifier: 'text',
  url: 'text',
  currency: 'text',
  longtext: 'longtext',
  integer: 'integer',
  number: 'number',
  decimal: 'number',
  boolean: 'boolean',
  checkbox: 'boolean',
  enum: 'enum',
  date: 'date',
  datetime: 'datetime',
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const numberOr = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

function coreTypeOf(property: Record<string, unknown>): string | undefined {
  const allOf: unknown[] = Array.isArray(property.allOf) ? (property.allOf as unknown[]) : []
  const refs: unknown[] = [property, ...allOf]
  for (const part of refs) {
    const ref = isRecord(part) ? part.$ref : undefined
    if (typeof ref === 'string') return ref.split('/').pop()
  }
  return undefined
}

function kindOf(property: Record<string, unknown>): FieldKind {
  const core = coreTypeOf(property)
  if (core !== undefined && Object.hasOwn(coreKinds, core)) return coreKinds[core] ?? 'unknown'
  if (Array.isArray(property.enum)) return 'enum'
  const type: unknown = Array.isArray(property.type)
    ? (property.type as unknown[]).find((t) => t !== 'null')
    : property.type
  if (type === 'string' && property.format === 'date-time') return 'datetime'
  if (type === 'string' && property.format === 'date') return 'date'
  if (type === 'string') return 'text'
  if (type === 'integer') return 'integer'
  if (type === 'number') return 'number'
  if (type === 'boolean') return 'boolean'
  return 'unknown'
}

function optionsOf(property: Record<string, unknown>): Array<{ value: string; title: string }> {
  const values = Array.isArray(property.enum) ? property.enum.filter((v) => typeof v === 'string') : []
  const titles = isRecord(property._enumProperties) ? property._enumProperties : {}
  return values.map((value) => {
    const meta = Object.hasOwn(titles, value) ? titles[value] : undefined
    const title = isRecord(meta) && typeof meta.title === 'string' ? meta.title : value
    return { value, title }
  })
}

/** Every property of the document, in document order; a property that is not an object is skipped. */
export function fieldsOfSchema(jsonSchema: unknown): FieldSpec[] {
  if (!isRecord(jsonSchema) || !isRecord(jsonSchema.properties)) return []
  const required = new Set(
    Array.isArray(jsonSchema.required) ? jsonSchema.required.filter((r) => typeof r === 'string') : [],
  )
  const fields: FieldSpec[] = []
  for (const name of Object.keys(jsonSchema.properties)) {
    const property = jsonSchema.properties[name]
    if (!isRecord(property)) continue
    const kind = kindOf(property)
    fields.push({
      name,
      title: typeof property.title === 'string' && property.title.trim() !== '' ? property.title : name,
      description: typeof property.description === 'string' ? property.description : undefined,
      kind,
      required: required.has(name),
      minLength: numberOr(property.minLength),
      maxLength: numberOr(property.maxLength),
      minimum: numberOr(property.minimum),
      maximum: numberOr(property.maximum),
      options: kind === 'enum' ? optionsOf(property) : undefined,
    })
  }
  return fields
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/
const isoDate = /^\d{4}-\d{2}-\d{2}$/

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

/** The rule `value` breaks for `field`, or null. An empty value only breaks `required`. */
export function checkFieldValue(field: FieldSpec, value: unknown): FieldProblem | null {
  const problem = (rule: FieldRule, limit?: string | number): FieldProblem => ({
    field: field.name,
    rule,
    limit,
  })
  if (isEmpty(value)) return field.required ? problem('required') : null
  switch (field.kind) {
    case 'text':
    case 'longtext': {
      if (typeof value !== 'string') return problem('type', 'text')
      const length = [...value].length
      if (field.maxLength !== undefined && length > field.maxLength)
        return problem('maxLength', field.maxLength)
      if (field.minLength !== undefined && length < field.minLength)
        return problem('minLength', field.minLength)
      return null
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return problem('type', field.kind)
      if (field.kind === 'integer' && !Number.isInteger(value)) return problem('type', 'integer')
      if (field.minimum !== undefined && value < field.minimum) return problem('minimum', field.minimum)
      if (field.maximum !== undefined && value > field.maximum) return problem('maximum', field.maximum)
      return null
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : problem('type', 'boolean')
    case 'enum':
      return typeof value === 'string' && (field.options ?? []).some((o) => o.value === value)
        ? null
        : problem('enum')
    case 'datetime':
      return typeof value === 'string' && isoDateTime.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : problem('format', 'YYYY-MM-DDTHH:mm:ss.sssZ')
    case 'date':
      return typeof value === 'string' && isoDate.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : problem('format', 'YYYY-MM-DD')
    case 'unknown':
      return null
  }
}

/** English text for a problem: the emulator's 400 message, and the widget's fallback. */
export function describeFieldProblem(problem: FieldProblem, title: string = problem.field): string {
  switch (problem.rule) {
    case 'required':
      return `${title} is required.`
    case 'type':
      return `${title} must be ${problem.limit === 'integer' ? 'a whole number' : problem.limit === 'number' ? 'a number' : problem.limit === 'boolean' ? 'true or false' : 'text'}.`
    case 'enum':
      return `${title} must be one of the schema's listed values.`
    case 'minLength':
      return `${title} must have at least ${problem.limit} characters.`
    case 'maxLength':
      return `${title} must have at most ${problem.limit} characters.`
    case 'minimum':
      return `${title} must be at least ${problem.limit}.`
    case 'maximum':
      return `${title} must be at most ${problem.limit}.`
    case 'format':
      return `${title} must be written ${problem.limit}.`
    case 'unknown-field':
      return `${title} is not a field of the record's schema.`
  }
}
