import type { AttributeMap } from '../../../genesys/attribute-map.ts'
import type { AccessOf } from '../../attributes/model/attribute-access.ts'
import type { EditAction } from '../../attributes/model/staged-edit.ts'
import type { AttributeLimits } from '../../attributes/model/validation.ts'
import { AuditHistory } from './audit-history.tsx'
import { BulkCorrections } from './bulk-corrections.tsx'
import { ExportAttributesButtons } from './export-attributes-buttons.tsx'

export interface GovernanceToolsProps {
  conversationId: string
  server: AttributeMap
  stagedNames: readonly string[]
  accessOf: AccessOf
  reasonOf: (name: string) => string | undefined
  limits: AttributeLimits
  dispatch: (action: EditAction) => void
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
      <AuditHistory conversationId={props.conversationId} />
    </>
  )
}
