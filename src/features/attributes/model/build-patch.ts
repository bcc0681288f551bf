import { createAttributeMap, readAttribute, type AttributeMap } from '../../../genesys/attribute-map.ts'
import { isConflict } from './detect-conflicts.ts'
import { listEdits } from './edit-map.ts'
import type { EditMap, ServerAttributes } from './staged-edit.ts'

/**
 * The PATCH body: only staged names that differ from the server and are not in conflict. Never the whole map,
 * because Genesys merges the names it is sent and anything else we sent would overwrite a concurrent writer.
 */
export function buildPatch(edits: EditMap, server: ServerAttributes): AttributeMap {
  return createAttributeMap(
    listEdits(edits)
      .filter((edit) => edit.phase === 'staged')
      .filter((edit) => !isConflict(edit, server))
      .filter((edit) => readAttribute(server, edit.name) !== edit.value)
      .map((edit) => [edit.name, edit.value] as const),
  )
}
