/*
 * The sign-in chunk checks what crosses its boundaries (postMessage, sessionStorage, the URL) by hand instead of
 * with zod: a lazy chunk that reaches zod makes the bundler move all of zod out of the entry into a chunk that
 * index.html preloads, and the first load grows (rolldown issue 10731; decisions 0019 and 0031). These are the
 * few rules of z.strictObject it needs, with the same meaning.
 */

export type FieldCheck<T> = (field: unknown) => field is T

/** Exactly the checked keys, no others; each field passes its check (a missing one is `undefined` to it). */
export function readExactly<T extends object>(
  value: unknown,
  checks: { [K in keyof T]-?: FieldCheck<T[K]> },
): T | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const record = value as Record<string, unknown>
  if (Object.keys(record).some((key) => !Object.hasOwn(checks, key))) return undefined
  for (const key of Object.keys(checks) as Array<keyof T & string>) {
    if (!checks[key](record[key])) return undefined
  }
  return value as T
}

export const literal =
  <const L extends string>(expected: L): FieldCheck<L> =>
  (field): field is L =>
    field === expected

export const text =
  (maxLength = Infinity): FieldCheck<string> =>
  (field): field is string =>
    typeof field === 'string' && field.length <= maxLength

/** z.number(): finite, not NaN. */
export const finiteNumber: FieldCheck<number> = (field): field is number =>
  typeof field === 'number' && Number.isFinite(field)
