import { readAttribute } from '../../../genesys/attribute-map.ts'
import { listEdits } from './edit-map.ts'
import type { EditMap, ServerAttributes, StagedEdit } from './staged-edit.ts'

// The conflict rule, in one place: the rows show it, the commit plan refuses to send what it marks.
/** The server changed this name after the edit was staged, to something other than what the user wants. */
export function isConflict(edit: StagedEdit, server: ServerAttributes): boolean {
  if (edit.phase !== 'staged') return false
  const serverValue = readAttribute(server, edit.name)
  return serverValue !== edit.baseValue && serverValue !== edit.value
}

export function detectConflicts(edits: EditMap, server: ServerAttributes): string[] {
  return listEdits(edits)
    .filter((edit) => isConflict(edit, server))
    .map((edit) => edit.name)
}
