import { readAttribute } from '../../../../genesys/attribute-map.ts'
import type { AccessOf } from '../../model/attribute-access.ts'
import type { CommittedChanges } from '../../api/use-commit-participant-edits.ts'
import type { AuditEntry } from '../store/audit-log.ts'
import { valueForRecord } from './mask-values.ts'

/** One accepted commit as the audit history keeps it: masked names are dotted before they are stored. */
export function auditEntryFor(
  changes: CommittedChanges,
  at: number,
  context: { by: string; participantId: string; participantLabel: string; accessOf: AccessOf },
): AuditEntry {
  return {
    at,
    by: context.by,
    participantId: context.participantId,
    participantLabel: context.participantLabel,
    changes: Object.keys(changes.patch).map((name) => {
      const oldValue = valueForRecord(name, readAttribute(changes.before, name), context.accessOf)
      return {
        name,
        ...(oldValue === undefined ? {} : { oldValue }),
        newValue: valueForRecord(name, readAttribute(changes.patch, name), context.accessOf) ?? '',
        masked: context.accessOf(name) === 'masked',
      }
    }),
  }
}

/** The optional stamp: who committed and when, as one readable string in a configured attribute. */
export function auditStamp(by: string, at: number): string {
  return `${by} ${new Date(at).toISOString()}`
}
