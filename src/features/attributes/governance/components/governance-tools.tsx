import type { AuditEntry } from '../store/audit-log.ts'
import { AuditHistory } from './audit-history.tsx'
import { BulkCorrections, type BulkCorrectionsProps } from './bulk-corrections.tsx'
import { ExportAttributesButtons } from './export-attributes-buttons.tsx'

export interface GovernanceToolsProps extends BulkCorrectionsProps {
  /** This conversation's history, read by the panel: see GovernedAttributesPanel for why it is a prop. */
  auditEntries: readonly AuditEntry[]
  exportMasked: boolean
  participantLabel: string
  fileStem: string
}

/**
 * Bulk corrections, export and the audit history: a chunk of their own (parsers, planner, history table), since
 * the table above them is what an agent needs first. The policy code they use stays with the table.
 */
export function GovernanceTools(props: GovernanceToolsProps) {
  return (
    <>
      <BulkCorrections
        server={props.server}
        stagedNames={props.stagedNames}
        accessOf={props.accessOf}
        reasonOf={props.reasonOf}
        limits={props.limits}
        dispatch={props.dispatch}
      />
      <ExportAttributesButtons
        server={props.server}
        accessOf={props.accessOf}
        exportMasked={props.exportMasked}
        participantLabel={props.participantLabel}
        fileStem={props.fileStem}
      />
      <AuditHistory entries={props.auditEntries} />
    </>
  )
}
