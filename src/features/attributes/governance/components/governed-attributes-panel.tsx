import { useCallback, useId, useMemo } from 'react'
import { createAttributeMap } from '../../../../genesys/attribute-map.ts'
import { loadOnDemand } from '../../../../lib/load-on-demand.ts'
import { useAfterPaint } from '../../../../lib/use-after-paint.ts'
import { Alert } from '../../../../ui/alert.tsx'
import { Button } from '../../../../ui/button.tsx'
import { useTranslate } from '../../../../ui/i18n.tsx'
import { serverTruthOf } from '../../api/optimistic-conversation.ts'
import { participantAttributes } from '../../api/server-attributes.ts'
import type { CommittedChanges } from '../../api/use-commit-participant-edits.ts'
import {
  AttributesPanel,
  type AttributesPanelProps,
  type PanelGovernance,
} from '../../components/attributes-panel.tsx'
import { RevealContext } from '../../components/reveal-context.ts'
import type { AttributeRow } from '../../model/derive-rows.ts'
import { useParticipantEdits, useEditDispatch } from '../../store/staged-edits-provider.tsx'
import { participantEditsKey } from '../../store/staged-edits-store.ts'
import { governanceMessages } from '../messages.ts'
import { accessOfRole } from '../model/access-policy.ts'
import { auditEntryFor, auditStamp } from '../model/audit-entry.ts'
import { presentRows } from '../model/mask-values.ts'
import { useAppendAuditEntry, useAuditLog } from '../store/audit-log-provider.tsx'
import type { GovernanceToolsProps } from './governance-tools.tsx'
import type { GovernanceSettings } from './use-governance-settings.ts'
import { useRevealedNames } from './use-revealed-names.ts'
import '../governance.css'

const governanceTools = loadOnDemand<GovernanceToolsProps>(() =>
  import('./governance-tools.tsx').then((module) => module.GovernanceTools),
)

function ToolsWhenLoaded(props: GovernanceToolsProps) {
  const t = useTranslate(governanceMessages)
  const loaded = governanceTools.useOnDemand(useAfterPaint())
  if (loaded.status === 'loaded') return <loaded.component {...props} />
  if (loaded.status === 'failed')
    return (
      <Alert tone="error">
        <p>{t('toolsFailed')}</p>
        <Button onClick={governanceTools.preload}>{t('toolsRetry')}</Button>
      </Alert>
    )
  return (
    <p role="status" className="hint">
      {t('loadingTools')}
    </p>
  )
}

/**
 * The attribute editor under the attribute policy, with bulk corrections, export and the audit history. Those three
 * are a chunk of their own, requested once the table is on screen: they sit below it, and their bytes should not
 * compete with what the table needs to appear (decision 0009).
 */
export function GovernedAttributesPanel({
  settings,
  ...panel
}: Omit<AttributesPanelProps, 'governance'> & { settings: GovernanceSettings }) {
  const t = useTranslate(governanceMessages)
  const id = useId()
  const { conversation, participant } = panel
  const participantLabel = participant.name ?? participant.purpose
  const { policy, role, userLabel, stampAttribute } = settings
  const accessOf = useMemo(() => accessOfRole(policy, role), [policy, role])
  const reasonOf = useCallback((name: string) => policy.resolve(name, role).rule?.reason, [policy, role])
  const { revealed, reveal, control } = useRevealedNames(policy.revealSeconds)
  const present = useCallback(
    (rows: AttributeRow[]) => presentRows(rows, accessOf, revealed),
    [accessOf, revealed],
  )
  const key = participantEditsKey(conversation.id, participant.id)
  const dispatch = useEditDispatch(key)
  const edits = useParticipantEdits(key).edits
  const server = participantAttributes(serverTruthOf(conversation), participant.id)
  const appendAuditEntry = useAppendAuditEntry()
  // Read here and handed to the tools' chunk, like the dispatch: a lazy chunk that imports a store hook makes the
  // bundler move React out of the entry into a preloaded chunk, about 1.2 KB more first load (decision 0009).
  const auditEntries = useAuditLog(conversation.id)

  const onCommitted = useCallback(
    (changes: CommittedChanges) =>
      appendAuditEntry(
        conversation.id,
        auditEntryFor(changes, Date.now(), {
          by: userLabel,
          participantId: participant.id,
          participantLabel,
          accessOf,
        }),
      ),
    [appendAuditEntry, conversation.id, participant.id, participantLabel, userLabel, accessOf],
  )

  const governance: PanelGovernance = {
    accessOf,
    presentRows: present,
    reveal,
    revealSeconds: policy.revealSeconds,
    onCommitted,
    ...(stampAttribute
      ? { extraAttributes: () => createAttributeMap([[stampAttribute, auditStamp(userLabel, Date.now())]]) }
      : {}),
    tools: (
      <div className="gov-tools" role="group" aria-labelledby={`${id}-tools`}>
        <h3 id={`${id}-tools`} className="gov-tools-heading">
          {t('toolsLabel', { participant: participantLabel })}
        </h3>
        <p className="hint">
          {t('roleNote', { role: t(role === 'supervisor' ? 'role_supervisor' : 'role_agent') })}
        </p>
        <ToolsWhenLoaded
          auditEntries={auditEntries}
          server={server}
          stagedNames={Object.keys(edits)}
          accessOf={accessOf}
          reasonOf={reasonOf}
          limits={panel.limits}
          dispatch={dispatch}
          exportMasked={policy.exportMasked}
          participantLabel={participantLabel}
          fileStem={`attributes-${conversation.id}-${participant.id}`}
        />
      </div>
    ),
  }
  return (
    <RevealContext value={control}>
      <AttributesPanel {...panel} governance={governance} />
    </RevealContext>
  )
}
