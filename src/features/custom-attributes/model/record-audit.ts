import type { FieldValue } from '../../../genesys/custom-attribute-fields.ts'
import type { CustomValueMap } from '../../../genesys/custom-attributes-schemas.ts'
import { cellTextOf } from './export-record.ts'
import { fieldMask, mayShowValue, type FieldAccessOf } from './field-access.ts'
import { serverValueOf } from './record-edits.ts'

/**
 * One field of a committed record as the audit history keeps it. Structurally the participant audit's change
 * (name, old value, new value, masked), so src/app can store it in the same history without a translation, and
 * this feature need not import the attributes feature's audit log.
 */
export interface RecordAuditChange {
  name: string
  /** Absent: the field had no value. */
  oldValue?: string
  newValue: string
  masked: boolean
}

/**
 * A commit that landed, as an entry of the conversation's audit history: structurally the participant audit's
 * entry, so src/app hands it to the same store unchanged (building it there would add bytes to the entry chunk,
 * decision 0009). `participantId`/`participantLabel` carry the record's id and title, and `subject` tells a
 * reader it was conversation data.
 */
export interface RecordCommitted {
  at: number
  /** The signed-in user's name, as in participant entries. */
  by: string
  participantId: string
  participantLabel: string
  subject: 'conversation-data'
  changes: RecordAuditChange[]
}

const auditText = (value: FieldValue | undefined, shown: boolean): string | undefined =>
  value === undefined || value === null ? undefined : shown ? cellTextOf(value) : fieldMask

/**
 * The changes of one PATCH, with values as text the history can show. A field the user may not see (masked, or
 * hidden by the policy now in force) is recorded as dots, old and new, as the participant audit does: the
 * history lives in sessionStorage, which must never hold a value the user was not allowed to see.
 */
export function recordAuditChanges(
  sent: Readonly<Record<string, FieldValue>>,
  before: CustomValueMap,
  accessOf: FieldAccessOf,
): RecordAuditChange[] {
  return Object.keys(sent).map((name) => {
    const shown = mayShowValue(accessOf(name))
    const oldValue = auditText(serverValueOf(before, name), shown)
    return {
      name,
      ...(oldValue === undefined ? {} : { oldValue }),
      newValue: auditText(sent[name], shown) ?? '',
      masked: !shown,
    }
  })
}

/** The history entry of one landed PATCH of a record. */
export function recordCommitted(context: {
  at: number
  by: string
  recordId: string
  recordTitle: string
  sent: Readonly<Record<string, FieldValue>>
  before: CustomValueMap
  accessOf: FieldAccessOf
}): RecordCommitted {
  return {
    at: context.at,
    by: context.by,
    participantId: context.recordId,
    participantLabel: context.recordTitle,
    subject: 'conversation-data',
    changes: recordAuditChanges(context.sent, context.before, context.accessOf),
  }
}
