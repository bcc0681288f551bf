import { looksLikeJsonContainer } from './json-value.ts'

/**
 * Pretty-printing of JSON values, bounded: a value of 8,000 nested brackets (well inside the value limit) would
 * otherwise pretty-print to 32 million characters, and a dozen of them on every render take the tab down. So the
 * indentation stops at `maxDepth` (deeper parts are written compactly, never longer than the value itself), the
 * output stops at `maxChars`, and each value is formatted once (memoised) rather than on every render.
 */
export const jsonFormatBounds = { maxDepth: 12, maxChars: 16_000, maxInput: 200_000 } as const

export interface FormattedJson {
  readonly text: string
  /** False when the depth or size bound cut the formatting short (the value itself is untouched). */
  readonly complete: boolean
}

/** Thrown to stop writing once the output is full: unwinding beats checking a flag after every write. */
class OutOfRoom extends Error {}

function formatBounded(root: unknown): FormattedJson {
  const { maxDepth, maxChars } = jsonFormatBounds
  const parts: string[] = []
  let length = 0
  let complete = true
  const write = (text: string) => {
    if (length + text.length > maxChars) {
      parts.push(text.slice(0, maxChars - length), ' …')
      complete = false
      throw new OutOfRoom()
    }
    parts.push(text)
    length += text.length
  }
  const node = (value: unknown, depth: number) => {
    if (typeof value !== 'object' || value === null) return write(JSON.stringify(value))
    if (depth >= maxDepth) {
      complete = false
      return write(JSON.stringify(value))
    }
    const inner = '  '.repeat(depth + 1)
    const entries: [string | undefined, unknown][] = Array.isArray(value)
      ? value.map((item: unknown) => [undefined, item])
      : Object.entries(value)
    const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
    if (entries.length === 0) return write(`${open}${close}`)
    write(`${open}\n`)
    entries.forEach(([key, item], index) => {
      write(key === undefined ? inner : `${inner}${JSON.stringify(key)}: `)
      node(item, depth + 1)
      write(index < entries.length - 1 ? ',\n' : '\n')
    })
    write(`${'  '.repeat(depth)}${close}`)
  }
  try {
    node(root, 0)
  } catch (error) {
    if (!(error instanceof OutOfRoom)) throw error
  }
  return { text: parts.join(''), complete }
}

// Recently formatted values. The key is the value itself; a few dozen entries cover every row on screen.
const formatted = new Map<string, FormattedJson | null>()
const rememberAtMost = 64

/** A value that parses as a JSON object or array, pretty-printed within bounds; undefined for anything else. */
export function formatJsonValue(value: string): FormattedJson | undefined {
  const known = formatted.get(value)
  if (known !== undefined) return known ?? undefined
  let result: FormattedJson | null = null
  if (value.length <= jsonFormatBounds.maxInput && looksLikeJsonContainer(value)) {
    try {
      const parsed: unknown = JSON.parse(value)
      if (typeof parsed === 'object' && parsed !== null) result = formatBounded(parsed)
    } catch {
      result = null
    }
  }
  if (formatted.size >= rememberAtMost) formatted.delete(formatted.keys().next().value ?? '')
  formatted.set(value, result)
  return result ?? undefined
}
