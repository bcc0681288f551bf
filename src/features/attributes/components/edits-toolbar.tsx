import type { ReactNode } from 'react'
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
  /** The commit waits for the browser to be online: nothing has been sent, so the edits may still be discarded. */
  waitingForNetwork?: boolean
  /** Review was clicked and the dialog's code is still on its way. */
  reviewBusy: boolean
  onReview: () => void
  onCommit: () => void
  onDiscardAll: () => void
  onUndo: () => void
  onRedo: () => void
  /** The filter and Copy all: in the sticky bar too, so they stay reachable; they take its second line when narrow. */
  children?: ReactNode
}

export function EditsToolbar(props: EditsToolbarProps) {
  const { t, stagedCount } = props
  return (
    // Sticky: at 360 × 640 the staged count, Review and Commit stay on screen however far the grid scrolls.
    <div role="group" aria-label={t('toolbarLabel')} className="attr-toolbar">
      <output className="attr-staged-count" aria-live="polite">
        {t('stagedCount', { count: stagedCount })}
      </output>
      <Button
        onClick={props.onReview}
        disabled={stagedCount === 0}
        aria-busy={props.reviewBusy}
        aria-keyshortcuts="Control+Enter"
      >
        {t('reviewChanges')}
        {props.reviewBusy ? '…' : null}
      </Button>
      <Button variant="primary" onClick={props.onCommit} disabled={!props.canCommit || props.isCommitting}>
        {t('commit')}
      </Button>
      <Button
        variant="danger"
        onClick={props.onDiscardAll}
        disabled={stagedCount === 0 || (props.isCommitting && !props.waitingForNetwork)}
      >
        {t('discardAll')}
      </Button>
      <Button
        variant="ghost"
        aria-label={t('undoLastLabel')}
        aria-keyshortcuts="Control+Z"
        className="attr-toolbar-icon"
        onClick={props.onUndo}
        disabled={!props.canUndo}
      >
        <span aria-hidden="true">↶</span>
      </Button>
      <Button
        variant="ghost"
        aria-label={t('redoLastLabel')}
        aria-keyshortcuts="Control+Shift+Z"
        className="attr-toolbar-icon"
        onClick={props.onRedo}
        disabled={!props.canRedo}
      >
        <span aria-hidden="true">↷</span>
      </Button>
      {props.children}
    </div>
  )
}
