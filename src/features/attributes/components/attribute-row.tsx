import { isInDoubt } from '../model/reduce-edits.ts'
import { memo, useCallback, useContext, useState, type CSSProperties, type Ref } from 'react'
import type { Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import type { AttributeRow as Row } from '../model/derive-rows.ts'
import { AttributeName } from './attribute-name.tsx'
import type { EditorRequest } from './editor-request.ts'
import { GridNavContext } from './grid-nav.ts'
import { JsonNote } from './json-note.tsx'
import { issueMessageKey } from './message-keys.ts'
import { ProtectedValue } from './protected-value.tsx'
import { RevealContext } from './reveal-context.ts'
import { RevealCountdown } from './reveal-countdown.tsx'
import type { RowActions } from './row-actions.ts'
import { RowMenuButton } from './row-menu-button.tsx'
import { ConflictChoice, RowNotes, shownValue } from './row-notes.tsx'
import { ValueEditor } from './value-editor.tsx'
import { linkTarget, showsExpander } from './value-kinds.ts'

interface AttributeRowProps {
  row: Row
  index: number
  t: Translate<AttributeMessageKey>
  actions: RowActions
  hintIds: { edit: string; clear: string }
  style?: CSSProperties
  rowRef?: Ref<HTMLDivElement>
  ariaRowIndex?: number
  /** Set on the one row the add form sent the user to. */
  request?: EditorRequest | undefined
  /** The grid's focusable column when this row holds it (roving tabindex); undefined on every other row. */
  activeCol?: number | undefined
}

/** The state, written out only when there is one: an untouched row says nothing. */
function StateBadges({ row, t }: { row: Row; t: Translate<AttributeMessageKey> }) {
  return (
    <>
      {row.status !== 'unchanged' ? (
        <span className="attr-badge" data-status={row.status}>
          {t(`status_${row.status}`)}
        </span>
      ) : null}
      {row.access === 'read-only' || row.access === 'masked' ? (
        // A lock, not a word: it repeats on every protected row; the word is there for screen readers and on hover.
        <span
          className="attr-access"
          data-access={row.access}
          title={t(row.access === 'masked' ? 'access_masked' : 'access_read_only')}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
            <path
              fill="currentColor"
              d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 6V4.5a2 2 0 1 1 4 0V7H6Z"
            />
          </svg>
          <span className="visually-hidden">
            {t(row.access === 'masked' ? 'access_masked' : 'access_read_only')}
          </span>
        </span>
      ) : null}
    </>
  )
}

/**
 * One attribute as a grid row: name, value (text that is its own editor), state and actions. Every cell is a
 * focus stop of the grid's roving tabindex (data-cell); the grid (attributes-table.tsx) moves between them.
 */
export const AttributeRowView = memo(function AttributeRowView(props: AttributeRowProps) {
  // Read once: the compiler's ref rule takes every later `props.x` for a ref read, since `rowRef` is one.
  const { row, index, t, actions, hintIds, activeCol, rowRef, style, ariaRowIndex, request } = props
  const nav = useContext(GridNavContext)
  // A write in doubt (sent, not confirmed, no longer watched) is the user's again: they may type over it.
  const inFlight =
    (row.status === 'saving' || row.status === 'confirming') && !(row.edit && isInDoubt(row.edit))
  const editable = row.access === undefined || row.access === 'editable'
  // A masked value revealed for a while: it stays revealed while its field is worked in (see reveal-context.ts).
  const revealing = useContext(RevealContext)
  const revealedUntil = editable ? revealing?.until(row.name) : undefined
  const hold = revealing?.hold
  const holdReveal = useCallback((active: boolean) => hold?.(row.name, active), [hold, row.name])
  const [expanded, setExpanded] = useState(false)
  const link = linkTarget(row.displayedValue)
  const cellProps = (col: number) => ({
    'data-cell': `${index}:${col}`,
    tabIndex: activeCol === col ? 0 : -1,
  })
  const leave = useCallback((how: 'next' | 'cancel') => nav?.leaveEditor(index, how), [nav, index])
  return (
    <div
      role="row"
      className="attr-row"
      data-status={row.status}
      data-live={row.liveChange ? 'true' : undefined}
      data-index={index}
      aria-rowindex={ariaRowIndex}
      ref={rowRef}
      style={style}
    >
      <div role="gridcell" className="attr-cell attr-name" title={row.name} {...cellProps(0)}>
        <AttributeName name={row.name} />
      </div>
      <div
        role="gridcell"
        className="attr-cell attr-value"
        aria-label={t('valueOf', { name: row.name })}
        data-expanded={expanded || undefined}
        {...cellProps(1)}
      >
        <div className="attr-value-line">
          {editable ? (
            <ValueEditor
              id={`attr-value-${index}`}
              label={t('valueOf', { name: row.name })}
              value={row.displayedValue}
              readOnly={inFlight}
              describedBy={hintIds.edit}
              check={actions.checkValue}
              describeIssue={(issue) => t(issueMessageKey[issue.code], issue.params)}
              describeChange={(now) => t('changedWhileTyping', { value: shownValue(now, t) })}
              request={request}
              onActiveChange={revealedUntil === undefined ? undefined : holdReveal}
              onLeave={leave}
              onStage={(value, startedFrom) =>
                actions.stage(row.name, value, row.edit ? undefined : startedFrom)
              }
            />
          ) : (
            <ProtectedValue row={row} t={t} actions={actions} />
          )}
          {link ? (
            <a
              className="attr-link"
              href={link}
              target="_blank"
              rel="noopener noreferrer"
              tabIndex={-1}
              aria-label={t('openLinkLabel', { name: row.name })}
            >
              <span aria-hidden="true">↗</span>
            </a>
          ) : null}
          {showsExpander(row.displayedValue) ? (
            <button
              type="button"
              className="attr-icon-button"
              tabIndex={-1}
              aria-expanded={expanded}
              aria-label={t(expanded ? 'showLessLabel' : 'showAllLabel', { name: row.name })}
              onClick={() => setExpanded(!expanded)}
            >
              <span aria-hidden="true">{expanded ? '▴' : '▾'}</span>
            </button>
          ) : null}
        </div>
        {revealedUntil !== undefined ? <RevealCountdown until={revealedUntil} t={t} /> : null}
        {row.status === 'conflict' && editable ? (
          <ConflictChoice
            row={row}
            t={t}
            onKeepMine={() => actions.keepMine(row.name)}
            onUseTheirs={() => actions.useTheirs(row.name)}
          />
        ) : null}
        <RowNotes row={row} t={t} />
        <JsonNote value={row.displayedValue} t={t} />
      </div>
      <div role="gridcell" className="attr-cell attr-state" {...cellProps(2)}>
        <StateBadges row={row} t={t} />
        {!inFlight && row.edit ? (
          <button
            type="button"
            className="attr-icon-button"
            tabIndex={-1}
            aria-label={t('undoRowLabel', { name: row.name })}
            onClick={() => actions.undo(row.name)}
          >
            <span aria-hidden="true">↶</span>
          </button>
        ) : null}
        <RowMenuButton
          row={row}
          t={t}
          actions={actions}
          editable={editable && !inFlight}
          clearHintId={hintIds.clear}
        />
      </div>
    </div>
  )
})
