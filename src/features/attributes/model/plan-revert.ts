import { everyNameEditable, mayWrite, type AccessOf } from './attribute-access.ts'

/** One name of an accepted commit: the value it replaced (undefined: the name did not exist) and the value written. */
export interface RevertSource {
  readonly name: string
  readonly before: string | undefined
  readonly written: string
}

export interface RevertPlan {
  /**
   * Staged like any edit, based on the value the commit wrote: if someone changed the name since, the edit is a
   * conflict and waits for the user's choice instead of overwriting them.
   */
  readonly values: ReadonlyArray<{ name: string; value: string; basedOn: string }>
  /** Names the policy no longer lets this user write: staging them would only be refused at commit. */
  readonly leftOut: readonly string[]
}

/**
 * What "Revert" stages for review. A name the commit created goes back to empty, the way the widget clears a value
 * (Genesys has no delete). A masked value is staged blind, as bulk corrections do: writing it reveals nothing, and
 * the row stays masked. Pure: the panel dispatches the result.
 */
export function planRevert(
  committed: readonly RevertSource[],
  accessOf: AccessOf = everyNameEditable,
): RevertPlan {
  const writable = committed.filter((entry) => mayWrite(accessOf(entry.name)))
  return {
    values: writable.map((entry) => ({
      name: entry.name,
      value: entry.before ?? '',
      basedOn: entry.written,
    })),
    leftOut: committed.filter((entry) => !writable.includes(entry)).map((entry) => entry.name),
  }
}
