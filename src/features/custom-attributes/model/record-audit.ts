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

/** A commit that landed, for the conversation's audit history (src/app adds who and when). */
export interface RecordCommitted {
  recordId: string
  /** The record's title as the section shows it: a reader of the history sees it was conversation data. */
  recordTitle: string
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
