import { readAttribute } from '../../../genesys/attribute-map.ts'
import type { AttributeAccess } from './attribute-access.ts'
import type { ValidationIssue } from './validation.ts'
import { isConflict } from './detect-conflicts.ts'
import { listEdits, readEdit } from './edit-map.ts'
import { isInDoubt } from './reduce-edits.ts'
import type { EditMap, LiveChange, RowStatus, ServerAttributes, StagedEdit } from './staged-edit.ts'

export interface AttributeRow {
  readonly name: string
  readonly serverValue: string | undefined
  /** What flows and agents would read: the staged value first, then the server's (Architect's queued semantics). */
  readonly displayedValue: string
  readonly status: RowStatus
  readonly edit: StagedEdit | undefined
  /** The latest change to this name made elsewhere, if one arrived while the widget was open. */
  readonly liveChange: LiveChange | undefined
  /** Set by a policy (governance); absent means editable. A masked row's values are already replaced by dots. */
  readonly access?: AttributeAccess
  /** The latest value Genesys Cloud sent for this name was not text; the value shown is the last readable one. */
  readonly unreadable?: true
  /** Why Genesys Cloud would refuse a write to this name (validation.ts): the row is read-only, its edits unsent. */
  readonly nameRefusal?: ValidationIssue
}

function statusOf(
  edit: StagedEdit | undefined,
  serverValue: string | undefined,
  server: ServerAttributes,
): RowStatus {
  if (!edit) return 'unchanged'
  // A write in doubt waits for the user, not for the server: "Confirming…" would tell them to wait.
  if (isInDoubt(edit)) return 'unconfirmed'
  if (edit.phase !== 'staged') return edit.phase
  if (isConflict(edit, server)) return 'conflict'
  if (edit.value === serverValue) return 'unchanged'
  if (serverValue === undefined) return 'added'
  if (edit.value === '' && serverValue !== '') return 'cleared'
  return 'changed'
}

function latestChanges(liveChanges: readonly LiveChange[]): Map<string, LiveChange> {
  const latest = new Map<string, LiveChange>()
  for (const change of liveChanges) {
    const known = latest.get(change.name)
    if (!known || known.at <= change.at) latest.set(change.name, change)
  }
  return latest
}

/** One row per name the server has or the user staged, in server order with new names last. */
export function deriveRows(
  server: ServerAttributes,
  edits: EditMap,
  liveChanges: readonly LiveChange[] = [],
): AttributeRow[] {
  const names = [...Object.keys(server)]
  for (const edit of listEdits(edits))
    if (readAttribute(server, edit.name) === undefined) names.push(edit.name)
  const changes = latestChanges(liveChanges)
  return names.map((name) => {
    const serverValue = readAttribute(server, name)
    const edit = readEdit(edits, name)
    return {
      name,
      serverValue,
      displayedValue: edit ? edit.value : (serverValue ?? ''),
      status: statusOf(edit, serverValue, server),
      edit,
      liveChange: changes.get(name),
    }
  })
}

export type SortDirection = 'ascending' | 'descending'

const collator = new Intl.Collator(undefined, { sensitivity: 'variant', numeric: true })

/** Case-insensitive substring match on name or displayed value; an empty query keeps every row. */
export function filterRows(rows: readonly AttributeRow[], query: string): AttributeRow[] {
  const needle = query.trim().toLowerCase()
  if (needle === '') return [...rows]
  return rows.filter(
    (row) => row.name.toLowerCase().includes(needle) || row.displayedValue.toLowerCase().includes(needle),
  )
}

export function sortRows(rows: readonly AttributeRow[], direction: SortDirection): AttributeRow[] {
  const sign = direction === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => sign * collator.compare(a.name, b.name))
}
