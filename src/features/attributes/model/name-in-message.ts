import { showInvisible } from './invisible-characters.ts'

/** Enough to tell names apart in a sentence; the row itself shows the whole name (its title holds it too). */
export const longestNameInMessage = 60

/**
 * A name as a message quotes it: invisible characters written out, and a very long name (flows can write 1,000
 * characters) cut to its start and an ellipsis with its length, so one name cannot fill the panel.
 */
export function nameInMessage(name: string): string {
  const shown = showInvisible(name)
  if (shown.length <= longestNameInMessage) return shown
  return `${shown.slice(0, longestNameInMessage)}… (${name.length})`
}
