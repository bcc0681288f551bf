import { buildPatch } from './build-patch.ts'
import { detectConflicts } from './derive-rows.ts'
import type { AttributeMap } from '../../../genesys/attribute-map.ts'
import type { EditMap, ServerAttributes } from './staged-edit.ts'

export interface CommitPlan {
  /** The PATCH body; empty when there is nothing safe to send. */
  readonly patch: AttributeMap
  readonly names: readonly string[]
  /** Staged names changed elsewhere since staging: held back until the user keeps theirs or takes the server's. */
  readonly conflicts: readonly string[]
}

/** Decide what one commit sends, against the freshest server values the caller could get. */
export function planCommit(edits: EditMap, server: ServerAttributes): CommitPlan {
  const patch = buildPatch(edits, server)
  return { patch, names: Object.keys(patch), conflicts: detectConflicts(edits, server) }
}
