/**
 * Fields holding text the user typed and has not staged yet (a cell being edited, the add form). Such text lives
 * only in the page, so a page load now would lose it: the own-tab renewal redirect, and the redirect after a 401,
 * wait while any is held (session-controller.ts). Staged edits need no hold: they survive the redirect.
 */
const held = new Set<symbol>()

/** Holds until the returned release is called (from an effect's cleanup). */
export function holdWhileTyping(): () => void {
  const token = Symbol('typing')
  held.add(token)
  return () => {
    held.delete(token)
  }
}

export function isTypingHeld(): boolean {
  return held.size > 0
}
