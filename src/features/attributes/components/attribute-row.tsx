import { isInDoubt } from '../model/reduce-edits.ts'
import { memo, useCallback, useContext, type CSSProperties, type Ref } from 'react'
import type { Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import type { AttributeRow as Row } from '../model/derive-rows.ts'
import type { ValidationIssue } from '../model/validation.ts'
import { AttributeName } from './attribute-name.tsx'
import type { EditorRequest } from './editor-request.ts'
import { JsonNote } from './json-note.tsx'
import { issueMessageKey } from './message-keys.ts'
import { ProtectedValue } from './protected-value.tsx'
import { RevealContext } from './reveal-context.ts'
import { RevealCountdown } from './reveal-countdown.tsx'
import { ConflictChoice, RowNotes, shownValue } from './row-notes.tsx'
import { ValueEditor } from './value-editor.tsx'

export interface RowActions {
  stage: (name: string, value: string, basedOn?: string) => void
  undo: (name: string) => void
  keepMine: (name: string) => void
  checkValue: (value: string) => ValidationIssue[]
  useTheirs: (name: string) => void
  /** With an attribute policy: show a masked value for a short time. */
  reveal?: (name: string) => void
  revealSeconds?: number
}

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
}

export const AttributeRowView = memo(function AttributeRowView(props: AttributeRowProps) {
  const { row, index, t, actions, hintIds } = props
  // A write in doubt (sent, not confirmed, no longer watched) is the user's again: they may type over it.
  const inFlight =
    (row.status === 'saving' || row.status === 'confirming') && !(row.edit && isInDoubt(row.edit))
  const editable = row.access === undefined || row.access === 'editable'
  // A masked value revealed for a while: it stays revealed while its field is worked in (see reveal-context.ts).
  const revealing = useContext(RevealContext)
  const revealedUntil = editable ? revealing?.until(row.name) : undefined
  const hold = revealing?.hold
  const holdReveal = useCallback((active: boolean) => hold?.(row.name, active), [hold, row.name])
  return (
    <div
      role="row"
      className="attr-row"
      data-status={row.status}
      data-live={row.liveChange ? 'true' : undefined}
      data-index={index}
      aria-rowindex={props.ariaRowIndex}
      ref={props.rowRef}
      style={props.style}
    >
      <div role="cell" className="attr-cell attr-name">
        <AttributeName name={row.name} />
      </div>
      <div role="cell" className="attr-cell attr-value">
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
            request={props.request}
            onActiveChange={revealedUntil === undefined ? undefined : holdReveal}
            onStage={(value, startedFrom) =>
              actions.stage(row.name, value, row.edit ? undefined : startedFrom)
            }
          />
        ) : (
          <ProtectedValue row={row} t={t} actions={actions} />
        )}
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
      <div role="cell" className="attr-cell attr-state">
        <span className="attr-badge" data-status={row.status}>
          {t(`status_${row.status}`)}
        </span>
        {row.access === 'read-only' || row.access === 'masked' ? (
          <span className="attr-badge" data-access={row.access}>
            {t(row.access === 'masked' ? 'access_masked' : 'access_read_only')}
          </span>
        ) : null}
        {!inFlight ? (
          <span className="attr-actions">
            {row.edit ? (
              <button
                type="button"
                className="button"
                data-variant="ghost"
                aria-label={t('undoRowLabel', { name: row.name })}
                onClick={() => actions.undo(row.name)}
              >
                {t('undoRow')}
              </button>
            ) : null}
            {row.displayedValue !== '' && editable ? (
              <button
                type="button"
                className="button"
                data-variant="ghost"
                aria-label={t('clearValueLabel', { name: row.name })}
                aria-describedby={hintIds.clear}
                onClick={() => actions.stage(row.name, '')}
              >
                {t('clearValue')}
              </button>
            ) : null}
          </span>
        ) : null}
      </div>
    </div>
  )
})
