/** Cheap tests on a value, safe on every render and keystroke; the formatting itself is in json-format.ts. */

/** Starts and ends like a JSON object or array: a cheap test, safe on every keystroke. */
export function looksLikeJsonContainer(value: string): boolean {
  const trimmed = value.trim()
  const [first, last] = [trimmed.at(0), trimmed.at(-1)]
  return (first === '{' && last === '}') || (first === '[' && last === ']')
}

/** Long unbroken text (URLs, JSON, tokens) is set in monospace so it wraps predictably and reads character by character. */
export function looksTechnical(value: string): boolean {
  return looksLikeJsonContainer(value) || /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(value.trim())
}
