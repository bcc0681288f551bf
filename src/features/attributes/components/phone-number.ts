/**
 * A phone number written for people ("+49 30 1234-5678", "0044 20 7946 0958") in E.164 ("+493012345678"), or
 * undefined when it is not clearly one. No country is guessed: a number without + or 00 stays as written.
 */
export function toE164(value: string): string | undefined {
  const compact = value.trim().replace(/[\s().\-/]/g, '')
  const international = compact.startsWith('+')
    ? compact.slice(1)
    : compact.startsWith('00')
      ? compact.slice(2)
      : undefined
  if (international === undefined || !/^[1-9]\d{6,14}$/.test(international)) return undefined
  return `+${international}`
}
