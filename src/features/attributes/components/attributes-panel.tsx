import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { Conversation, Participant } from '../../../genesys/schemas.ts'
import { Alert } from '../../../ui/alert.tsx'
import { BannerArea, type Notice } from '../../../ui/banner-area.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { failureStanding } from '../api/commit-failure.ts'
import { useCommitParticipantEdits, type CommitGovernance } from '../api/use-commit-participant-edits.ts'
import type { Liveness } from '../../../genesys/read-freshness.ts'
import { useServerAttributes } from '../api/use-server-attributes.ts'
import { attributeMessages } from '../messages.ts'
import { buildPatch } from '../model/build-patch.ts'
import { mayWrite, type AccessOf } from '../model/attribute-access.ts'
import { deriveRows, filterRows, type AttributeRow } from '../model/derive-rows.ts'
import { listEdits } from '../model/edit-map.ts'
import { nameInMessage } from '../model/name-in-message.ts'
import { planRevert } from '../model/plan-revert.ts'
import { isInDoubt } from '../model/reduce-edits.ts'
import { markServerLimits } from '../model/server-limits.ts'
import type { AttributeLimits } from '../model/validation.ts'
import { useEditDispatch, useParticipantEdits, useEditsOwnerKnown } from '../store/staged-edits-provider.tsx'
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
import { noOrderSettings, orderRows, type OrderSettings, type TableOrder } from './table-order.ts'
import { CopyAllButton } from './copy-all-button.tsx'
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
  /** Pinned names and grouping by prefix (config.json `attributeOrder`). */
  orderSettings?: OrderSettings | undefined
  /** An attribute policy (see src/features/attributes/governance); without one every name is shown and editable. */
  governance?: PanelGovernance | undefined
}

export interface PanelGovernance extends CommitGovernance {
  accessOf: AccessOf
  /** Drops hidden rows and masks values; runs before filtering so a search cannot probe a masked value. */
  presentRows: (rows: AttributeRow[]) => AttributeRow[]
  reveal: (name: string) => void
  revealSeconds: number
  /**
   * Extra tools (bulk corrections, export, audit) behind a disclosure: `toggle` sits in the sticky bar beside the
   * filter, `region` (what it opens) just above the table, so the data stays first while it is closed.
   */
  tools?: { toggle: ReactNode; region: ReactNode }
}

/** The attribute editor of one participant: table, staged edits, review and commit. Needs <StagedEditsProvider>. */
export function AttributesPanel({
  conversation,
  participant,
  conversationEnded,
  liveness,
  coveredByLiveUpdates = true,
  limits,
  orderSettings = noOrderSettings,
  governance,
}: AttributesPanelProps) {
  const liveStatus = liveness.status
  const t = useTranslate(attributeMessages)
  const participantLabel = participant.name ?? participant.purpose
  const hintId = useId()
  const key = participantEditsKey(conversation.id, participant.id)
  const state = useParticipantEdits(key)
  const dispatch = useEditDispatch(key)
  const { server, liveChanges } = useServerAttributes(conversation, participant.id, state.edits)
  const commit = useCommitParticipantEdits({
    conversationId: conversation.id,
    participantId: participant.id,
    governance,
    limits,
  })
  const [query, setQuery] = useState('')
  const [order, setOrder] = useState<TableOrder>('server')
  const filter = useRef<HTMLInputElement>(null)
  // Asked for: the dialog shows once its code is here (see useReviewDialog).
  const [reviewing, setReviewing] = useState(false)
  // The add form was given an existing name: its row's editor gets the value (editor-request.ts).
  const [opening, setOpening] = useState<EditorRequest | null>(null)

  const presentRows = governance?.presentRows
  const unreadable = participant.unreadableAttributes
  const rows = useMemo(() => {
    const derived = deriveRows(server, state.edits, liveChanges)
    return markServerLimits(presentRows ? presentRows(derived) : derived, unreadable ?? [], limits)
  }, [server, state.edits, liveChanges, presentRows, unreadable, limits])
  const shownRows = useMemo(() => {
    return orderRows(filterRows(rows, query), order, orderSettings)
  }, [rows, query, order, orderSettings])
  const edits = listEdits(state.edits)
  const stagedCount = edits.filter((edit) => edit.phase === 'staged').length
  const inDoubt = edits.filter(isInDoubt)
  const inFlightCount = edits.length - stagedCount
  // Names the server holds, readable or not: past the limit, Genesys Cloud refuses every write to this participant.
  const heldCount = Object.keys(server).length + (unreadable?.length ?? 0)
  const ownerKnown = useEditsOwnerKnown()
  const canCommit =
    ownerKnown && Object.keys(buildPatch(state.edits, server)).length > 0 && !commit.isCommitting
  const review = useReviewDialog(stagedCount > 0)
  // The failure banner speaks of now: once the writes it covers arrived or were settled, it is no longer up.
  const standing = commit.failure ? failureStanding(commit.failure, state.edits, server) : undefined

  const baseActions = useRowActions(dispatch, server, limits)
  const reveal = governance?.reveal
  const revealSeconds = governance?.revealSeconds
  const actions = useMemo(
    () => (reveal ? { ...baseActions, reveal, revealSeconds: revealSeconds ?? 10 } : baseActions),
    [baseActions, reveal, revealSeconds],
  )
  const accessOf = governance?.accessOf
  const unreadableNotice = describeUnreadable(rows, unreadable ?? [], accessOf)
  useUndoShortcuts(dispatch)

  // From the dialog, or from the toolbar while a review waits for its code: either way the review is over.
  const commitFromReview = () => {
    setReviewing(false)
    commit.commit()
  }
  useFilterShortcut(filter)
  // Ctrl/Cmd+Enter: the first press opens the review, the second (in the review) commits what it shows.
  const onShortcut = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return
    event.preventDefault()
    if (reviewing && review.status === 'loaded') {
      if (canCommit) commitFromReview()
    } else if (stagedCount > 0) setReviewing(true)
  }
  const notices: Notice[] = [
    ...(conversationEnded ? [{ key: 'ended', tone: 'warning' as const, content: t('endedBanner') }] : []),
    // Not while the first connection is made: that takes a moment on every load, and is no news.
    ...(liveStatus !== 'live' && liveStatus !== 'connecting'
      ? [
          {
            key: `live-${liveStatus}`,
            tone: 'info' as const,
            content: t('liveDown', { status: t(`liveStatus_${liveStatus}`) }),
          },
        ]
      : []),
    ...(liveStatus === 'live' && !coveredByLiveUpdates
      ? [{ key: 'not-covered', tone: 'info' as const, content: t('notCovered') }]
      : []),
  ]

  return (
    // A named region: the editor is a landmark of its own inside the agent desktop's narrow panel.
    <section
      className="attr-panel"
      aria-label={t('panelLabel', { participant: participantLabel })}
      onKeyDown={onShortcut}
    >
      <BannerArea notices={notices} label={t('noticesLabel')} dismissLabel={t('dismissNotices')} />
      {unreadableNotice.kept.length > 0 || unreadableNotice.notShown.length > 0 ? (
        <Alert tone="warning" className="attr-unreadable">
          {unreadableNotice.kept.length > 0 ? (
            <p>{t('unreadableKept', { names: unreadableNotice.kept.join(', ') })}</p>
          ) : null}
          {unreadableNotice.notShown.length > 0 ? (
            <p>{t('unreadableNotShown', { names: unreadableNotice.notShown.join(', ') })}</p>
          ) : null}
        </Alert>
      ) : null}
      <EditsToolbar
        t={t}
        stagedCount={stagedCount}
        canCommit={canCommit}
        canUndo={state.past.length > 0 && inFlightCount === 0}
        canRedo={state.future.length > 0 && inFlightCount === 0}
        isCommitting={commit.isCommitting}
        waitingForNetwork={commit.isWaitingForNetwork}
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
      >
        <div className="attr-filter">
          <span className="attr-filter__box">
            <input
              ref={filter}
              id={`${hintId}-filter`}
              type="search"
              aria-label={t('filterLabel')}
              aria-keyshortcuts="/"
              placeholder={t('filterPlaceholder')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            {/* The shortcut, shown inside the empty field as the consoles agents know do; aria-keyshortcuts says it to
                assistive technology. */}
            <kbd className="attr-filter__key" aria-hidden="true">
              /
            </kbd>
          </span>
          <CopyAllButton rows={shownRows} t={t} />
          {governance?.tools?.toggle}
        </div>
      </EditsToolbar>
      <CommitStatus
        t={t}
        failure={standing === 'open' ? commit.failure : undefined}
        savedDespite={standing === 'saved' ? commit.failure?.names : undefined}
        outcome={commit.outcome}
        confirmingCount={inFlightCount}
        stagedCount={stagedCount}
        waitingForNetwork={commit.isWaitingForNetwork}
        onRetry={commit.retry}
        overLimit={
          heldCount > limits.maxAttributes ? { held: heldCount, limit: limits.maxAttributes } : undefined
        }
        onRevert={() => {
          const plan = planRevert(commit.outcome?.committed ?? [], accessOf)
          dispatch({ type: 'stage-many', values: plan.values, server, at: Date.now() })
          return { staged: plan.values.map((entry) => entry.name), leftOut: plan.leftOut }
        }}
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
          // Based on what our write left, the value the notice is about: if the server has moved on since, the
          // put-back is a conflict for the user to settle, never a silent overwrite of the newer value.
          actions.stage(notice.name, notice.replacedValue ?? '', notice.ourValue)
        }}
        onDismiss={(name) => dispatch({ type: 'dismiss-replaced', name })}
      />
      {/* Under the button that asked for it: at 360 px the end of the panel is screens away. */}
      {reviewing && review.status === 'failed' ? <ReviewUnavailable t={t} /> : null}
      {governance?.tools?.region}
      <AttributesTable
        rows={shownRows}
        order={order}
        onOrderChange={setOrder}
        t={t}
        actions={actions}
        hintIds={{ edit: `${hintId}-edit`, clear: `${hintId}-clear` }}
        opening={opening}
      />
      {shownRows.length === 0 ? (
        <p className="attr-empty">{rows.length === 0 ? t('noAttributes') : t('noMatches', { query })}</p>
      ) : null}
      {/* Read by screen readers with each editor and Clear; the grid's keys are said once, in words, below it. */}
      <p id={`${hintId}-edit`} className="visually-hidden">
        {t('editHint')}
      </p>
      <p id={`${hintId}-clear`} className="visually-hidden">
        {t('clearNote')}
      </p>
      <p className="attr-hint">{t('gridKeysHint')}</p>
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

/**
 * The names whose latest value could not be read, for the panel's warning: those whose row keeps the last readable
 * value, and those with no row at all. A name the policy hides is not named.
 */
function describeUnreadable(
  rows: readonly AttributeRow[],
  unreadable: readonly string[],
  accessOf: AccessOf | undefined,
): { kept: string[]; notShown: string[] } {
  const shown = new Set(rows.map((row) => row.name))
  const named = unreadable.filter((name) => accessOf?.(name) !== 'hidden')
  const quote = (name: string) => `“${nameInMessage(name)}”`
  return {
    kept: named.filter((name) => shown.has(name)).map(quote),
    notShown: named.filter((name) => !shown.has(name)).map(quote),
  }
}

/** `/` anywhere outside a text field goes to the filter, as in the grids and consoles agents know. */
function useFilterShortcut(filter: { readonly current: HTMLInputElement | null }) {
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target instanceof HTMLElement ? event.target : null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      event.preventDefault()
      filter.current?.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [filter])
}
