import { sdkModel, type ModelType } from './sdk-models.ts'

/*
 * Payloads generated from the SDK models, and a check of any payload against them.
 *
 * Variants, as real answers come:
 * - full: every field filled (nested models to a bounded depth; one item per list).
 * - required: only what the model requires, plus `id` where the widget needs one to address a thing at all
 *   (a conversation, a participant, a channel, a topic): without it nothing can be shown or edited.
 * - nulls: every optional field null, except the lists that lead to what the widget reads (participants, their
 *   communications, listing entities), which hold one item built the same way.
 * - upper-case: as full, with every `state` in upper case, as older topic schemas sent them.
 * The values are made up and deterministic; an attribute map always carries a `__proto__` name too.
 */

export type Variant = 'full' | 'required' | 'nulls' | 'upper-case'
export const variants: readonly Variant[] = ['full', 'required', 'nulls', 'upper-case']

/** Field names whose lists the nulls variant still fills: the way down to participants and their media. */
const readPath = new Set([
  'entities',
  'participants',
  'calls',
  'callbacks',
  'chats',
  'emails',
  'messages',
  'roles',
  'authorization',
  'user',
  'queue',
])
const identity = new Set(['id', 'connectUri'])
const maxDepth = 4

function attributeMap(): Record<string, string> {
  const map: Record<string, string> = { CustomerName: 'Dana Whitfield', Empty: '' }
  Object.defineProperty(map, '__proto__', { value: 'not a prototype', enumerable: true })
  return map
}

/** `state` means different things per model: a subscription answer's topic is Permitted or Rejected. */
const states: Readonly<Record<string, string>> = { ChannelTopic: 'Rejected' }

function leaf(type: ModelType, field: string, variant: Variant, model: string): unknown {
  switch (type.kind) {
    case 'string':
      if (field === 'state') {
        const state = states[model] ?? 'connected'
        return variant === 'upper-case' ? state.toUpperCase() : state
      }
      if (field.endsWith('Time') || field === 'expires') return '2026-12-01T09:30:00.000Z'
      return `${field}-value`
    case 'number':
      return 7
    case 'boolean':
      return true
    case 'object':
      return {}
    default:
      return undefined
  }
}

function value(
  type: ModelType,
  field: string,
  variant: Variant,
  depth: number,
  model: string,
  required: boolean,
): unknown {
  if (type.kind === 'array') {
    const item = value(type.item, field, variant, depth, model, required)
    return item === undefined ? [] : [item]
  }
  if (type.kind === 'map') {
    if (field === 'attributes' && type.value.kind === 'string') return attributeMap()
    if (type.value.kind === 'string') return { key: `${field}-value` }
    return {}
  }
  if (type.kind === 'model') {
    // Deep down only what the model requires, so the payload stays small and still valid.
    if (depth < maxDepth) return payload(type.name, variant, depth + 1)
    return required ? payload(type.name, 'required', depth + 1) : undefined
  }
  return leaf(type, field, variant, model)
}

/** One payload of a model in a variant. */
export function payload(model: string, variant: Variant, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [field, spec] of sdkModel(model)) {
    const wanted = !spec.optional || identity.has(field)
    if (variant === 'required' && !wanted && !(readPath.has(field) && depth < 2)) continue
    if (variant === 'nulls' && !wanted && !readPath.has(field)) {
      out[field] = null
      continue
    }
    const filled = value(spec.type, field, variant, depth, model, !spec.optional)
    if (filled !== undefined) out[field] = filled
  }
  // As on the wire: JSON text, parsed again (a `__proto__` name stays an ordinary own key).
  return depth === 0 ? (JSON.parse(JSON.stringify(out)) as Record<string, unknown>) : out
}

/**
 * What is wrong with a payload against a model: wrong types, missing required fields, and fields the model does
 * not have (so the emulator cannot drift from the real API). `null` is accepted for optional fields, as real
 * answers send it.
 */
export function violations(value: unknown, model: string, path = model): string[] {
  return check(value, { kind: 'model', name: model }, path)
}

function check(value: unknown, type: ModelType, path: string): string[] {
  switch (type.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value === type.kind
        ? []
        : [`${path}: expected ${type.kind}, got ${JSON.stringify(value)}`]
    case 'object':
      return typeof value === 'object' && value !== null ? [] : [`${path}: expected an object`]
    case 'array':
      if (!Array.isArray(value)) return [`${path}: expected a list`]
      return value.flatMap((item: unknown, i) => check(item, type.item, `${path}[${i}]`))
    case 'map':
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [`${path}: expected a map`]
      return Object.entries(value).flatMap(([key, item]) => check(item, type.value, `${path}.${key}`))
    case 'model': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [`${path}: expected an object`]
      const fields = sdkModel(type.name)
      const record = value as Record<string, unknown>
      const problems = Object.keys(record)
        .filter((key) => !fields.has(key))
        .map((key) => `${path}.${key}: not in the SDK model ${type.name}`)
      for (const [field, spec] of fields) {
        const item = record[field]
        if (item === undefined || item === null) {
          if (!spec.optional) problems.push(`${path}.${field}: required by ${type.name}, missing`)
          continue
        }
        problems.push(...check(item, spec.type, `${path}.${field}`))
      }
      return problems
    }
  }
}
