/** A value that parses as a JSON object or array, pretty-printed for reading; undefined for anything else. */
export function formatJsonValue(value: string): string | undefined {
  const trimmed = value.trim()
  if (!(trimmed.startsWith('{') || trimmed.startsWith('['))) return undefined
  try {
    const parsed: unknown = JSON.parse(trimmed)
    return typeof parsed === 'object' && parsed !== null ? JSON.stringify(parsed, null, 2) : undefined
  } catch {
    return undefined
  }
}

/** Long unbroken text (URLs, JSON, tokens) is set in monospace so it wraps predictably and reads character by character. */
export function looksTechnical(value: string): boolean {
  return formatJsonValue(value) !== undefined || /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(value.trim())
}
