import { createAttributeMap, hasAttribute } from '../../../genesys/attribute-map.ts'
import type { EditMap, ParticipantEdits, StagedEdit } from './staged-edit.ts'

/** A null-prototype edit map, so that `__proto__` or `constructor` are ordinary attribute names. */
export function createEditMap(edits: Iterable<StagedEdit> = []): Record<string, StagedEdit> {
  const map = createAttributeMap() as unknown as Record<string, StagedEdit>
  for (const edit of edits) map[edit.name] = edit
  return map
}

export function readEdit(edits: EditMap, name: string): StagedEdit | undefined {
  return hasAttribute(edits as unknown as Record<string, string>, name) ? edits[name] : undefined
}

export function listEdits(edits: EditMap): StagedEdit[] {
  return Object.keys(edits).map((name) => edits[name] as StagedEdit)
}

export function withEdit(edits: EditMap, edit: StagedEdit): EditMap {
  return createEditMap([...listEdits(edits).filter((e) => e.name !== edit.name), edit])
}

export function withoutEdits(edits: EditMap, names: Iterable<string>): EditMap {
  const drop = new Set(names)
  return createEditMap(listEdits(edits).filter((e) => !drop.has(e.name)))
}

export function mapEdits(
  edits: EditMap,
  names: Iterable<string>,
  change: (edit: StagedEdit) => StagedEdit,
): EditMap {
  const pick = new Set(names)
  return createEditMap(listEdits(edits).map((e) => (pick.has(e.name) ? change(e) : e)))
}

export const emptyParticipantEdits: ParticipantEdits = { edits: createEditMap(), past: [], future: [] }
