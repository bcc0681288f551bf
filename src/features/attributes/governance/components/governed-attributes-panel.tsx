import { useCallback, useId, useMemo, useRef } from 'react'
import { createAttributeMap } from '../../../../genesys/attribute-map.ts'
import { loadOnDemand } from '../../../../lib/load-on-demand.ts'
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
import { useToolsOpen } from '../store/tools-disclosure.tsx'
import type { GovernanceToolsProps } from './governance-tools.tsx'
import type { GovernanceSettings } from './use-governance-settings.ts'
import { useRevealedNames } from './use-revealed-names.ts'
import '../governance.css'

const governanceTools = loadOnDemand<GovernanceToolsProps>(() =>
  import('./governance-tools.tsx').then((module) => module.GovernanceTools),
)

/** Sliders: the "Tools" button's mark, drawn inline so no icon font or CDN is needed. */
function ToolsIcon() {
  return (
    <svg className="gov-tools-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      <circle cx="10" cy="4" r="2" fill="currentColor" />
      <circle cx="5" cy="8" r="2" fill="currentColor" />
      <circle cx="11" cy="12" r="2" fill="currentColor" />
    </svg>
  )
}

function ToolsWhenLoaded(props: GovernanceToolsProps) {
  const t = useTranslate(governanceMessages)
  // Mounted once the user opened Tools: the load starts now if pointing at the button has not started it.
  const loaded = governanceTools.useOnDemand(true)
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
 * The attribute editor under the attribute policy, with bulk corrections, export and the audit history behind one
 * "Tools" button, so the data comes first in the narrow panel. Those three are a chunk of their own, requested when
 * the button is pointed at or focused and shown when it opens: the table's bytes never compete with them (0009).
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
  // Closed at first (most calls need no tools, and an open region pushes the table down), then as the user left it.
  const [toolsOpen, setToolsOpen] = useToolsOpen()
  const toolsRegion = useRef<HTMLDivElement>(null)
  const toggleTools = () => {
    const opening = !toolsOpen
    setToolsOpen(opening)
    // The button rides in the sticky bar, the tools open above the table: far down the grid they would open out
    // of sight. Their start, under the bar (scroll-margin-top): 'nearest' showed the bottom of a region taller
    // than the panel, the heading out of sight, whenever the tools' code was already loaded. (jsdom has no
    // scrollIntoView.)
    if (opening) requestAnimationFrame(() => toolsRegion.current?.scrollIntoView?.({ block: 'start' }))
  }

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
    tools: {
      toggle: (
        <Button
          variant="ghost"
          className="gov-tools-toggle"
          aria-expanded={toolsOpen}
          aria-controls={`${id}-region`}
          onPointerEnter={governanceTools.preload}
          onFocus={governanceTools.preload}
          onClick={toggleTools}
        >
          <ToolsIcon />
          {/* Hidden under 480 px (the icon stays): in the sticky bar the filter needs the room more. */}
          <span className="gov-tools-toggle-text">{t('tools')}</span>
          <span aria-hidden="true">{toolsOpen ? '▴' : '▾'}</span>
        </Button>
      ),
      region: (
        // Always in the DOM (empty while closed), so aria-controls points at an element.
        <div id={`${id}-region`} ref={toolsRegion} className="gov-tools-region">
          {toolsOpen ? (
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
          ) : null}
        </div>
      ),
    },
  }
  return (
    <RevealContext value={control}>
      <AttributesPanel {...panel} governance={governance} />
    </RevealContext>
  )
}
