import * as z from 'zod/mini'
import { isPlainObject, type Reader } from './tolerant-read.ts'

/**
 * Participant data: a map of case-sensitive names to string values.
 *
 * Kept as a null-prototype object rather than a plain `{}` because names come from IVR flows, other agents and
 * outside systems: a name such as `__proto__` must be an ordinary entry, not a prototype change. zod's own
 * `z.record` drops a `__proto__` key silently (see docs/decisions/0003-attribute-maps.md), so this schema copies
 * the entries itself.
 */
export type AttributeMap = Readonly<Record<string, string>>

export function createAttributeMap(
  entries: Iterable<readonly [string, string]> = [],
): Record<string, string> {
  const map = Object.create(null) as Record<string, string>
  for (const [name, value] of entries) map[name] = value
  return map
}

export function attributeEntries(map: AttributeMap): Array<[string, string]> {
  return Object.keys(map).map((name) => [name, map[name] as string])
}

export function hasAttribute(map: AttributeMap, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, name)
}

export function readAttribute(map: AttributeMap, name: string): string | undefined {
  return hasAttribute(map, name) ? map[name] : undefined
}

/** Validates that every value is a string and returns a null-prototype copy. */
export const attributeMapSchema = z.pipe(
  z.custom<unknown>(),
  z.transform((input, ctx): AttributeMap => {
    if (input === undefined || input === null) return createAttributeMap()
    if (!isPlainObject(input)) {
      ctx.issues.push({
        code: 'custom',
        input,
        message: 'attributes must be an object of names to string values',
      })
      return z.NEVER
    }
    const map = createAttributeMap()
    for (const name of Object.keys(input)) {
      const value = input[name]
      if (typeof value !== 'string') {
        ctx.issues.push({
          code: 'custom',
          input: value,
          path: [name],
          message: `attribute "${name}" must be a string, got ${value === null ? 'null' : typeof value}`,
        })
        continue
      }
      map[name] = value
    }
    return map
  }),
)

/**
 * The tolerant reading of an answer's `attributes` (tolerant-read.ts): a value that is not a string is left out
 * and reported, the other names are kept. Not stringified: the platform stores strings only, so a number here is
 * a broken answer, and showing "42" as an editable text would invite writing back a value nobody wrote. The
 * widget never deletes, so leaving it out of the view loses nothing on the server.
 */
export const readAttributeMap: Reader<AttributeMap> = (input, path, problems) => {
  if (!isPlainObject(input)) {
    problems.push({ path, message: 'attributes must be an object of names to string values' })
    return undefined
  }
  const map = createAttributeMap()
  for (const name of Object.keys(input)) {
    const value = input[name]
    if (typeof value === 'string') map[name] = value
    else {
      const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value
      problems.push({
        path: `${path}.${name}`,
        message: `attribute "${name}" is not a string (${got}): not shown`,
      })
    }
  }
  return map
}

/** The names whose value `readAttributeMap` left out, as a participant carries them (see below). */
export interface UnreadableAttributes {
  readonly unreadableAttributes?: readonly string[]
}

/**
 * Wraps a participant reader so the participant lists the attribute names whose value could not be read. The
 * names come from the problems `readAttributeMap` recorded under this participant's `attributes` path, so a name
 * with dots in it stays whole. A view can then say which rows are affected, and a live merge can keep the last
 * readable value of such a name rather than drop it (decision 0034).
 */
// Generic over the reader itself: inferring T from Reader<T> dropped the optional marks of the record's fields.
export function withUnreadableAttributes<R extends Reader<object>>(
  read: R,
): Reader<NonNullable<ReturnType<R>> & UnreadableAttributes> {
  return (value, path, problems) => {
    const before = problems.length
    const participant = read(value, path, problems) as NonNullable<ReturnType<R>> | undefined
    if (!participant) return participant
    const prefix = `${path === '' ? '' : `${path}.`}attributes.`
    const names = problems
      .slice(before)
      .filter((problem) => problem.path.startsWith(prefix))
      .map((problem) => problem.path.slice(prefix.length))
    return names.length > 0 ? { ...participant, unreadableAttributes: names } : participant
  }
}
