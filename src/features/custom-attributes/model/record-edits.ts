import type { FieldValue } from '../../../genesys/custom-attribute-fields.ts'
import { readValue, scalarValue, type CustomValueMap } from '../../../genesys/custom-attributes-schemas.ts'

/** One staged field of a custom-attributes record, with the value it was based on (for 3-way detection). */
export interface FieldEdit {
  field: string
  value: FieldValue
  /** What the server held when the user first staged this field (undefined: the field was absent). */
  baseValue: FieldValue | undefined
  stagedAt: number
}

export interface RecordEdits {
  /** The record version the edits were made against: the PATCH carries it. */
  baseVersion: number
  /** Null-prototype: field names come from admins. */
  edits: Readonly<Record<string, FieldEdit>>
  /**
   * A PATCH on its way, kept in storage: if its answer is lost (a reload under it), the next read tells whether it
   * landed, and the edits it carried are settled as saved instead of staged again and sent a second time.
   */
  sending?: { version: number; values: Readonly<Record<string, FieldValue>> }
}

/** Key `${conversationId}/${recordId}` → that record's edits. */
export type RecordEditsState = Readonly<Record<string, RecordEdits>>

export type RecordEditAction =
  | {
      type: 'stage'
      key: string
      field: string
      value: FieldValue
      server: CustomValueMap
      version: number
      at: number
    }
  /** A bulk correction: many fields at once, one update (one render, one write to the session). */
  | {
      type: 'stage-many'
      key: string
      values: readonly (readonly [field: string, value: FieldValue])[]
      server: CustomValueMap
      version: number
      at: number
    }
  | { type: 'unstage'; key: string; field: string }
  | { type: 'discard'; key: string }
  /** Conflict resolution: my value stays and is now based on theirs. */
  | { type: 'keep-mine'; key: string; field: string; server: CustomValueMap }
  /** Conflict resolution: their value wins, my edit goes. */
  | { type: 'take-theirs'; key: string; field: string }
  /** A fresh read showed no conflict with what is staged: the edits now rest on that version. */
  | { type: 'rebase'; key: string; version: number }
  /** The PATCH landed: drop the fields it carried (unless re-edited meanwhile). */
  | { type: 'committed'; key: string; sent: Readonly<Record<string, FieldValue>> }
  /** A PATCH carrying these values against this version is about to go. */
  | { type: 'sending'; key: string; version: number; sent: Readonly<Record<string, FieldValue>> }
  /** The PATCH was answered and did not land (refused, failed): nothing is on its way any more. */
  | { type: 'send-ended'; key: string }
  /**
   * A fresh read of the record: a staged field the server already holds has nothing left to write (our answer
   * was lost, or someone else wrote the same value), so it goes; a PATCH the read shows landed is no longer on its
   * way.
   */
  | { type: 'settle'; key: string; server: CustomValueMap }

export const recordKeyOf = (conversationId: string, recordId: string) => `${conversationId}/${recordId}`

const nullMap = <T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> => {
  const map = Object.create(null) as Record<string, T>
  for (const [k, v] of entries) map[k] = v
  return map
}

export const serverValueOf = (server: CustomValueMap, field: string): FieldValue | undefined =>
  scalarValue(readValue(server, field))

export const sameValue = (a: FieldValue | undefined, b: FieldValue | undefined) => (a ?? null) === (b ?? null)

export function editsOf(state: RecordEditsState, key: string): FieldEdit[] {
  const record = Object.hasOwn(state, key) ? state[key] : undefined
  return record ? Object.values(record.edits) : []
}

function withRecord(state: RecordEditsState, key: string, record: RecordEdits | undefined): RecordEditsState {
  const next = nullMap(Object.entries(state))
  if (record && Object.keys(record.edits).length > 0) next[key] = record
  else delete next[key]
  return next
}

/** The values the PATCH on its way carried, if the server holds every one of them. */
export function landedSending(record: RecordEdits | undefined, server: CustomValueMap): string[] {
  const sending = record?.sending
  if (!sending) return []
  const fields = Object.keys(sending.values)
  return fields.every((field) => sameValue(serverValueOf(server, field), sending.values[field])) ? fields : []
}

const withoutSending = ({ sending: _, ...record }: RecordEdits): RecordEdits => record

function change(
  state: RecordEditsState,
  key: string,
  update: (edits: Record<string, FieldEdit>, record: RecordEdits) => RecordEdits | void,
): RecordEditsState {
  const record = Object.hasOwn(state, key) ? state[key] : undefined
  if (!record) return state
  const edits = nullMap(Object.entries(record.edits))
  const replaced = update(edits, record)
  return withRecord(state, key, replaced ?? { ...record, edits })
}

/** Pure: no I/O, no React; the store is a thin shell around it. */
export function reduceRecordEdits(state: RecordEditsState, action: RecordEditAction): RecordEditsState {
  switch (action.type) {
    case 'stage': {
      const existing = Object.hasOwn(state, action.key) ? state[action.key] : undefined
      const edits = nullMap(Object.entries(existing?.edits ?? {}))
      const server = serverValueOf(action.server, action.field)
      const previous = Object.hasOwn(edits, action.field) ? edits[action.field] : undefined
      // Back to what the server holds: nothing left to write.
      if (sameValue(action.value, server)) delete edits[action.field]
      else
        edits[action.field] = {
          field: action.field,
          value: action.value,
          baseValue: previous ? previous.baseValue : server,
          stagedAt: action.at,
        }
      return withRecord(state, action.key, {
        ...existing,
        baseVersion: existing?.baseVersion ?? action.version,
        edits,
      })
    }
    case 'stage-many': {
      const { values, ...rest } = action
      return values.reduce(
        (next, [field, value]) => reduceRecordEdits(next, { ...rest, type: 'stage', field, value }),
        state,
      )
    }
    case 'unstage':
    case 'take-theirs':
      return change(state, action.key, (edits) => void delete edits[action.field])
    case 'discard':
      return withRecord(state, action.key, undefined)
    case 'keep-mine':
      return change(state, action.key, (edits) => {
        const edit = edits[action.field]
        if (edit) edits[action.field] = { ...edit, baseValue: serverValueOf(action.server, action.field) }
      })
    case 'rebase':
      return change(state, action.key, (edits, record) => ({ ...record, baseVersion: action.version, edits }))
    case 'committed':
      return change(state, action.key, (edits, record) => {
        for (const field of Object.keys(action.sent)) {
          const edit = edits[field]
          if (edit && sameValue(edit.value, action.sent[field])) delete edits[field]
        }
        return { ...withoutSending(record), edits }
      })
    case 'sending':
      return change(state, action.key, (edits, record) => ({
        ...record,
        edits,
        sending: { version: action.version, values: nullMap(Object.entries(action.sent)) },
      }))
    case 'send-ended':
      return change(state, action.key, (edits, record) => ({ ...withoutSending(record), edits }))
    case 'settle': {
      const record = Object.hasOwn(state, action.key) ? state[action.key] : undefined
      if (!record) return state
      const held = Object.values(record.edits).filter((edit) =>
        sameValue(edit.value, serverValueOf(action.server, edit.field)),
      )
      const landed = landedSending(record, action.server).length > 0
      // Same state object when nothing changes: the store then writes nothing and renders nothing.
      if (held.length === 0 && !landed) return state
      return change(state, action.key, (edits) => {
        for (const edit of held) delete edits[edit.field]
        return { ...(landed ? withoutSending(record) : record), edits }
      })
    }
  }
}

export interface FieldConflict {
  field: string
  mine: FieldValue
  theirs: FieldValue | undefined
  base: FieldValue | undefined
}

/** Staged fields whose server value moved since they were staged: someone else wrote them. */
export function conflictsOf(record: RecordEdits | undefined, server: CustomValueMap): FieldConflict[] {
  if (!record) return []
  return Object.values(record.edits)
    .filter((edit) => !sameValue(edit.baseValue, serverValueOf(server, edit.field)))
    .filter((edit) => !sameValue(edit.value, serverValueOf(server, edit.field)))
    .map((edit) => ({
      field: edit.field,
      mine: edit.value,
      theirs: serverValueOf(server, edit.field),
      base: edit.baseValue,
    }))
}

/** Only the changed fields, for the PATCH body: a field the server already holds at that value is left out. */
export function patchValues(record: RecordEdits, server: CustomValueMap): Record<string, FieldValue> {
  return nullMap(
    Object.values(record.edits)
      .filter((edit) => !sameValue(edit.value, serverValueOf(server, edit.field)))
      .map((edit) => [edit.field, edit.value] as const),
  )
}
