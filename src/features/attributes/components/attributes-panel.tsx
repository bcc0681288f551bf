import { useId, useMemo, useState, type ReactNode } from 'react'
import type { Conversation, Participant } from '../../../genesys/schemas.ts'
import { Alert } from '../../../ui/alert.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { useCommitParticipantEdits, type CommitGovernance } from '../api/use-commit-participant-edits.ts'
import type { Liveness } from '../../../genesys/read-freshness.ts'
import { useServerAttributes } from '../api/use-server-attributes.ts'
import { attributeMessages } from '../messages.ts'
import { buildPatch } from '../model/build-patch.ts'
import { mayWrite, type AccessOf } from '../model/attribute-access.ts'
import {
  deriveRows,
  filterRows,
  sortRows,
  type AttributeRow,
  type SortDirection,
} from '../model/derive-rows.ts'
import { listEdits } from '../model/edit-map.ts'
import { isInDoubt } from '../model/reduce-edits.ts'
import type { AttributeLimits } from '../model/validation.ts'
import { useEditDispatch, useParticipantEdits } from '../store/staged-edits-provider.tsx'
import { participantEditsKey } from '../store/staged-edits-store.ts'
import { AddAttributeForm } from './add-attribute-form.tsx'
import { AttributesTable } from './attributes-table.tsx'
import { CommitStatus } from './commit-status.tsx'
import type { EditorRequest } from './editor-request.ts'
import { EditsToolbar } from './edits-toolbar.tsx'
import { WriteOutcomesOnDemand } from './write-outcomes-on-demand.tsx'
import { ReviewUnavailable, useReviewDialog } from './review-on-demand.tsx'
import { useRowActions } from './use-row-actions.ts'
import { useUndoShortcuts } from './use-undo-shortcuts.ts'
import '../attributes.css'

export interface AttributesPanelProps {
  /** Fresh from the query cache (genesysKeys.conversation(id)); live updates replace it. */
  conversation: Conversation
  participant: Participant
  /** Ended conversations stay editable, with a warning that analytics will not keep the change. */
  conversationEnded: boolean
  /** Live updates as they cover this conversation (see ParticipantView in the conversation feature). */
  liveness: Liveness
  /** False when live updates cannot carry this conversation (the user is not in it): it is polled instead. */
  coveredByLiveUpdates?: boolean
  limits: AttributeLimits
  /** An attribute policy (see src/features/attributes/governance); without one every name is shown and editable. */
  governance?: PanelGovernance | undefined
}

export interface PanelGovernance extends CommitGovernance {
  accessOf: AccessOf
  /** Drops hidden rows and masks values; runs before filtering so a search cannot probe a masked value. */
  presentRows: (rows: AttributeRow[]) => AttributeRow[]
  reveal: (name: string) => void
  revealSeconds: number
  /** Extra tools under the editor (bulk corrections, export, audit). */
  tools?: ReactNode
}

/** The attribute editor of one participant: table, staged edits, review and commit. Needs <StagedEditsProvider>. */
export function AttributesPanel({
  conversation,
  participant,
  conversationEnded,
  liveness,
  coveredByLiveUpdates = true,
  limits,
  governance,
}: AttributesPanelProps) {
  const liveStatus = liveness.status
  const t = useTranslate(attributeMessages)
  const participantLabel = participant.name ?? participant.purpose
  const hintId = useId()
  const key = participantEditsKey(conversation.id, participant.id)
  const state = useParticipantEdits(key)
  const dispatch = useEditDispatch(key)
  const { server, liveChanges } = useServerAttributes(conversation, participant.id, state.edits, dispatch)
  const commit = useCommitParticipantEdits({
    conversationId: conversation.id,
    participantId: participant.id,
    governance,
  })
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<SortDirection | 'none'>('none')
  // Asked for: the dialog shows once its code is here (see useReviewDialog).
  const [reviewing, setReviewing] = useState(false)
  // The add form was given an existing name: its row's editor gets the value (editor-request.ts).
  const [opening, setOpening] = useState<EditorRequest | null>(null)

  const presentRows = governance?.presentRows
  const rows = useMemo(() => {
    const derived = deriveRows(server, state.edits, liveChanges)
    return presentRows ? presentRows(derived) : derived
  }, [server, state.edits, liveChanges, presentRows])
  const shownRows = useMemo(() => {
    const filtered = filterRows(rows, query)
    return sort === 'none' ? filtered : sortRows(filtered, sort)
  }, [rows, query, sort])
  const edits = listEdits(state.edits)
  const stagedCount = edits.filter((edit) => edit.phase === 'staged').length
  const inDoubt = edits.filter(isInDoubt)
  const inFlightCount = edits.length - stagedCount
  const canCommit = Object.keys(buildPatch(state.edits, server)).length > 0 && !commit.isCommitting
  const review = useReviewDialog(stagedCount > 0)

  const baseActions = useRowActions(dispatch, server, limits)
  const reveal = governance?.reveal
  const revealSeconds = governance?.revealSeconds
  const actions = useMemo(
    () => (reveal ? { ...baseActions, reveal, revealSeconds: revealSeconds ?? 10 } : baseActions),
    [baseActions, reveal, revealSeconds],
  )
  const accessOf = governance?.accessOf
  useUndoShortcuts(dispatch)

  // From the dialog, or from the toolbar while a review waits for its code: either way the review is over.
  const commitFromReview = () => {
    setReviewing(false)
    commit.commit()
  }

  return (
    // A named region: the editor is a landmark of its own inside the agent desktop's narrow panel.
    <section className="attr-panel" aria-label={t('panelLabel', { participant: participantLabel })}>
      {conversationEnded ? <Alert tone="warning">{t('endedBanner')}</Alert> : null}
      {liveStatus !== 'live' ? (
        <Alert tone="info">{t('liveDown', { status: t(`liveStatus_${liveStatus}`) })}</Alert>
      ) : null}
      {liveStatus === 'live' && !coveredByLiveUpdates ? <Alert tone="info">{t('notCovered')}</Alert> : null}
      <EditsToolbar
        t={t}
        stagedCount={stagedCount}
        canCommit={canCommit}
        canUndo={state.past.length > 0 && inFlightCount === 0}
        canRedo={state.future.length > 0 && inFlightCount === 0}
        isCommitting={commit.isCommitting}
        reviewBusy={reviewing && review.status !== 'loaded' && review.status !== 'failed'}
        onReview={() => setReviewing(true)}
        onCommit={commitFromReview}
        onDiscardAll={() => {
          setReviewing(false)
          dispatch({ type: 'discard-all' })
          // The last commit's message spoke of edits that are now gone.
          commit.reset()
        }}
        onUndo={() => dispatch({ type: 'undo' })}
        onRedo={() => dispatch({ type: 'redo' })}
      />
      <CommitStatus
        t={t}
        failure={commit.failure}
        outcome={commit.outcome}
        confirmingCount={inFlightCount}
        stagedCount={stagedCount}
        conflictCount={rows.filter((row) => row.status === 'conflict').length}
        onRetry={commit.commit}
      />
      <WriteOutcomesOnDemand
        sending={commit.isCommitting}
        inDoubt={inDoubt}
        replaced={state.replaced ?? []}
        server={server}
        t={t}
        onCheckAgain={commit.checkAgain}
        onSendAgain={(names) => void commit.sendAgain(names)}
        onForget={(name) => dispatch({ type: 'undo-edit', name })}
        onPutBack={(notice) => {
          dispatch({ type: 'dismiss-replaced', name: notice.name })
          actions.stage(notice.name, notice.replacedValue ?? '')
        }}
        onDismiss={(name) => dispatch({ type: 'dismiss-replaced', name })}
      />
      {/* Under the button that asked for it: at 360 px the end of the panel is screens away. */}
      {reviewing && review.status === 'failed' ? <ReviewUnavailable t={t} /> : null}
      <div className="attr-filter">
        <label htmlFor={`${hintId}-filter`}>{t('filterLabel')}</label>
        <input
          id={`${hintId}-filter`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <AttributesTable
        rows={shownRows}
        sort={sort}
        onSortChange={setSort}
        t={t}
        actions={actions}
        hintIds={{ edit: `${hintId}-edit`, clear: `${hintId}-clear` }}
        opening={opening}
      />
      {shownRows.length === 0 ? (
        <p className="attr-empty">{rows.length === 0 ? t('noAttributes') : t('noMatches', { query })}</p>
      ) : null}
      <p id={`${hintId}-edit`} className="attr-hint">
        {t('editHint')}
      </p>
      <p id={`${hintId}-clear`} className="attr-hint">
        {t('clearNote')}
      </p>
      <AddAttributeForm
        existingNames={rows.map((row) => row.name)}
        limits={limits}
        t={t}
        onAdd={actions.stage}
        onOpenExisting={(name, value) => {
          if (!shownRows.some((row) => row.name === name)) setQuery('')
          setOpening({ name, value })
        }}
        {...(accessOf ? { mayAdd: (name: string) => mayWrite(accessOf(name)) } : {})}
      />
      {governance?.tools}
      {reviewing && review.status === 'loaded' ? (
        <review.component
          t={t}
          participantLabel={participantLabel}
          rows={rows.filter((row) => row.edit?.phase === 'staged')}
          canCommit={canCommit}
          onCommit={commitFromReview}
          onClose={() => setReviewing(false)}
        />
      ) : null}
    </section>
  )
}
