import { buildPatch } from './build-patch.ts'
import { detectConflicts } from './detect-conflicts.ts'
import { createAttributeMap, type AttributeMap } from '../../../genesys/attribute-map.ts'
import { everyNameEditable, mayWrite, type AccessOf } from './attribute-access.ts'
import type { EditMap, ServerAttributes } from './staged-edit.ts'
import { nameWriteRefusal, type AttributeLimits } from './validation.ts'

export interface CommitPlan {
  /** The PATCH body; empty when there is nothing safe to send. */
  readonly patch: AttributeMap
  readonly names: readonly string[]
  /** Staged names changed elsewhere since staging: held back until the user keeps theirs or takes the server's. */
  readonly conflicts: readonly string[]
  /** Staged names the policy does not let this user write (hidden or read-only): never sent. */
  readonly refused: readonly string[]
  /** Staged names Genesys Cloud refuses to have written (blank, over the name limit): never sent (decision 0035). */
  readonly unwritable: readonly string[]
}

/**
 * Decide what one commit sends, against the freshest server values the caller could get. The policy is checked
 * here as well as in the UI (defence in depth): an edit restored from storage or staged by a bulk import that
 * slipped past the form still never reaches the server.
 */
export function planCommit(
  edits: EditMap,
  server: ServerAttributes,
  accessOf: AccessOf = everyNameEditable,
  limits?: AttributeLimits,
): CommitPlan {
  const candidate = buildPatch(edits, server)
  // One such name makes the server refuse the whole PATCH, the valid edits beside it too.
  const unwritable = limits
    ? Object.keys(candidate).filter((name) => nameWriteRefusal(name, limits) !== undefined)
    : []
  const writable = Object.keys(candidate).filter((name) => !unwritable.includes(name))
  const refused = writable.filter((name) => !mayWrite(accessOf(name)))
  const patch = createAttributeMap(
    Object.entries(candidate).filter(([name]) => writable.includes(name) && mayWrite(accessOf(name))),
  )
  return { patch, names: Object.keys(patch), conflicts: detectConflicts(edits, server), refused, unwritable }
}
