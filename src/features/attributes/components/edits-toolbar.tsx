import type { Translate } from '../../../ui/i18n.tsx'
import { Button } from '../../../ui/button.tsx'
import type { AttributeMessageKey } from '../messages.ts'

interface EditsToolbarProps {
  t: Translate<AttributeMessageKey>
  stagedCount: number
  canCommit: boolean
  canUndo: boolean
  canRedo: boolean
  isCommitting: boolean
  /** Review was clicked and the dialog's code is still on its way. */
  reviewBusy: boolean
  onReview: () => void
  onCommit: () => void
  onDiscardAll: () => void
  onUndo: () => void
  onRedo: () => void
}

export function EditsToolbar(props: EditsToolbarProps) {
  const { t, stagedCount } = props
  return (
    <div role="group" aria-label={t('toolbarLabel')} className="attr-toolbar">
      <output className="attr-staged-count" aria-live="polite">
        {t('stagedCount', { count: stagedCount })}
      </output>
      <Button onClick={props.onReview} disabled={stagedCount === 0} aria-busy={props.reviewBusy}>
        {t('reviewChanges')}
        {props.reviewBusy ? '…' : null}
      </Button>
      <Button variant="primary" onClick={props.onCommit} disabled={!props.canCommit || props.isCommitting}>
        {t('commit')}
      </Button>
      <Button
        variant="danger"
        onClick={props.onDiscardAll}
        disabled={stagedCount === 0 || props.isCommitting}
      >
        {t('discardAll')}
      </Button>
      <Button
        variant="ghost"
        aria-label={t('undoLastLabel')}
        aria-keyshortcuts="Control+Z"
        onClick={props.onUndo}
        disabled={!props.canUndo}
      >
        {t('undoLast')}
      </Button>
      <Button
        variant="ghost"
        aria-label={t('redoLastLabel')}
        aria-keyshortcuts="Control+Shift+Z"
        onClick={props.onRedo}
        disabled={!props.canRedo}
      >
        {t('redoLast')}
      </Button>
    </div>
  )
}
