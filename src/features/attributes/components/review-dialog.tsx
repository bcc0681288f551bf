import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { Button } from '../../../ui/button.tsx'
import type { Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import type { AttributeRow } from '../model/derive-rows.ts'
import { AttributeName } from './attribute-name.tsx'
import { shownValue } from './row-notes.tsx'

export interface ReviewDialogProps {
  t: Translate<AttributeMessageKey>
  participantLabel: string
  /** Rows with a staged edit. Conflicts are listed too, but marked as held back. */
  rows: readonly AttributeRow[]
  canCommit: boolean
  onCommit: () => void
  onClose: () => void
}

const focusable =
  'button:not([disabled]), [href], input:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** A modal dialog with the diff that will be sent; focus stays inside, Escape closes, focus returns to the opener. */
export function ReviewDialog({ t, participantLabel, rows, canCommit, onCommit, onClose }: ReviewDialogProps) {
  const titleId = useId()
  const dialog = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    dialog.current?.querySelector<HTMLElement>(focusable)?.focus()
    return () => opener?.focus()
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
      return
    }
    if (event.key !== 'Tab' || !dialog.current) return
    const items = [...dialog.current.querySelectorAll<HTMLElement>(focusable)]
    const first = items[0]
    const last = items.at(-1)
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last?.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first?.focus()
    }
  }

  const conflicts = rows.filter((row) => row.status === 'conflict').length
  return (
    <div className="attr-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="attr-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{t('reviewTitle', { participant: participantLabel })}</h2>
        {rows.length === 0 ? (
          <p>{t('reviewNothing')}</p>
        ) : (
          <div className="attr-diff-scroll">
            <table className="attr-diff">
              <thead>
                <tr>
                  <th scope="col">{t('columnName')}</th>
                  <th scope="col">{t('reviewOld')}</th>
                  <th scope="col">{t('reviewNew')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.name} data-status={row.status}>
                    <th scope="row">
                      <AttributeName name={row.name} />
                      {row.status === 'conflict' ? (
                        <span className="attr-badge" data-status="conflict">
                          {t('status_conflict')}
                        </span>
                      ) : null}
                    </th>
                    <td>
                      <del>
                        <bdi>{shownValue(row.serverValue, t)}</bdi>
                      </del>
                    </td>
                    <td>
                      <ins>
                        <bdi>{shownValue(row.edit?.value, t)}</bdi>
                      </ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {conflicts > 0 ? <p className="attr-note">{t('reviewHeldBack', { count: conflicts })}</p> : null}
        <div className="attr-dialog-actions">
          <Button variant="primary" onClick={onCommit} disabled={!canCommit}>
            {t('commit')}
          </Button>
          <Button onClick={onClose}>{t('close')}</Button>
        </div>
      </div>
    </div>
  )
}
