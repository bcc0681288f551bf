import * as z from 'zod/mini'
import { issueText } from './zod-issue-text.ts'

/*
 * Reading API answers the way the API is lenient: per field. The official SDK models make nearly every field
 * optional, and real answers carry `null` for absent values; one odd participant or field must not hide the
 * others. A reader returns `undefined` for what it cannot read and records why in `problems`, so the caller keeps
 * everything else and can show what was left out.
 */

/** Something in an answer that could not be read and was left out of the widget's view. */
export interface ReadProblem {
  /** Where, e.g. `participants[2]` or `participants[0].attributes.Score`. */
  readonly path: string
  readonly message: string
}

export type Reader<T> = (value: unknown, path: string, problems: ReadProblem[]) => T | undefined
type ReaderValue<R> = R extends Reader<infer T> ? T : never

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** A leaf read with a zod schema; its first issue becomes the problem text. */
export function fromSchema<T>(schema: z.ZodMiniType<T>): Reader<T> {
  return (value, path, problems) => {
    const parsed = schema.safeParse(value, { error: issueText })
    if (parsed.success) return parsed.data
    problems.push({ path, message: parsed.error.issues[0]?.message ?? 'unreadable' })
    return undefined
  }
}

export const text: Reader<string> = fromSchema(z.string())
export const flag: Reader<boolean> = fromSchema(z.boolean())
export const count: Reader<number> = fromSchema(z.number())

/** A list whose unreadable items are left out (and reported); not a list at all is one problem. */
export function listOf<T>(item: Reader<T>): Reader<T[]> {
  return (value, path, problems) => {
    if (!Array.isArray(value)) {
      problems.push({ path, message: 'expected a list' })
      return undefined
    }
    const items: T[] = []
    value.forEach((entry: unknown, index) => {
      const read = item(entry, `${path}[${index}]`, problems)
      if (read !== undefined) items.push(read)
    })
    return items
  }
}

type Fields = Record<string, Reader<unknown>>
type Simplify<T> = { [K in keyof T]: T[K] } & {}
export type RecordValue<F extends Fields, R extends keyof F> = Simplify<
  { [K in R]: ReaderValue<F[K]> } & { [K in Exclude<keyof F, R>]?: ReaderValue<F[K]> }
>

/**
 * An object read field by field. `null` counts as absent (the SDK models have no nullable fields, the wire does).
 * A required field that is absent or unreadable makes the whole object unreadable; an optional one is left out.
 * `fallback` supplies a value for a field that is absent, so the view never has to ask (attributes → empty map).
 * Keys the reader does not know are left out: the view holds only what the widget reads.
 */
export function recordOf<
  F extends Fields,
  R extends keyof F & string = never,
  D extends keyof F & string = never,
>(
  fields: F,
  options: { required?: readonly R[]; fallback?: { [K in D]: () => ReaderValue<F[K]> } } = {},
): Reader<RecordValue<F, R | D>> {
  const required = new Set<string>(options.required ?? [])
  return (value, path, problems) => {
    if (!isPlainObject(value)) {
      problems.push({ path, message: `expected an object, got ${describe(value)}` })
      return undefined
    }
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(fields)) {
      const raw = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined
      const at = path === '' ? key : `${path}.${key}`
      const read = raw === undefined || raw === null ? undefined : fields[key]?.(raw, at, problems)
      const fallback = options.fallback as Partial<Record<string, () => unknown>> | undefined
      const filled = read ?? fallback?.[key]?.()
      if (filled !== undefined) out[key] = filled
      else if (required.has(key)) {
        if (raw === undefined || raw === null) problems.push({ path, message: `has no ${key}` })
        return undefined
      }
    }
    return out as RecordValue<F, R | D>
  }
}

/**
 * Wraps a reader as a zod schema for the request layer: an unreadable whole fails, its parts are `problems`.
 * `wholeOrNothing`: any unreadable part fails it too, for answers a decision rests on (a subscription answer).
 */
export function tolerantSchema<T extends object>(
  reader: Reader<T>,
  what: string,
  options: { wholeOrNothing?: boolean } = {},
): z.ZodMiniType<T & { readonly problems?: readonly ReadProblem[] }> {
  return z.pipe(
    z.custom<unknown>(),
    z.transform((input, ctx) => {
      const problems: ReadProblem[] = []
      const read = reader(input, '', problems)
      if (read === undefined || (options.wholeOrNothing && problems.length > 0)) {
        const first = problems[0]
        const where = first?.path ? ` at ${first.path}` : ''
        ctx.issues.push({
          code: 'custom',
          input,
          message: `${what}${where}: ${first?.message ?? 'unreadable'}`,
        })
        return z.NEVER
      }
      return problems.length > 0 ? { ...read, problems } : read
    }),
  )
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'a list' : typeof value
}
