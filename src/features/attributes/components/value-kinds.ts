/** Cheap tests on a displayed value, safe on every render: what the row offers beside the text. */

/** An http(s) URL, as the link to open; anything else (javascript:, data:, relative) is only text. */
export function linkTarget(value: string): string | undefined {
  const trimmed = value.trim()
  if (!/^https?:\/\//i.test(trimmed) || /\s/.test(trimmed)) return undefined
  try {
    const url = new URL(trimmed)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** Longer than two lines of a narrow panel, or more than one line: the row shows two and an expander. */
export function showsExpander(value: string): boolean {
  return value.includes('\n') || value.length > 60
}
