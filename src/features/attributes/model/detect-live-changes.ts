import { createAttributeMap, readAttribute, type AttributeMap } from '../../../genesys/attribute-map.ts'
import { listEdits } from './edit-map.ts'
import type { EditMap, LiveChange, ServerAttributes } from './staged-edit.ts'

/** Values this widget is writing right now (saving or confirming), to tell our own echo from other writers. */
export function pendingWrites(edits: EditMap): AttributeMap {
  return createAttributeMap(
    listEdits(edits)
      .filter((edit) => edit.phase !== 'staged')
      .map((edit) => [edit.name, edit.value] as const),
  )
}

/**
 * Changes between two server snapshots that someone else made. A name now showing the value we are writing is
 * our own write arriving, not news.
 */
export function observeServerAttributes(
  previous: ServerAttributes,
  next: ServerAttributes,
  ownPendingWrites: AttributeMap,
  at: number,
): LiveChange[] {
  const names = new Set([...Object.keys(previous), ...Object.keys(next)])
  const changes: LiveChange[] = []
  for (const name of names) {
    const oldValue = readAttribute(previous, name)
    const newValue = readAttribute(next, name)
    if (oldValue === newValue) continue
    const own = readAttribute(ownPendingWrites, name)
    if (own !== undefined && own === newValue) continue
    changes.push({ name, oldValue, newValue, at })
  }
  return changes
}
