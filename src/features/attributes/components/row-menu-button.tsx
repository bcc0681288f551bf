import { useEffect, useRef, useState } from 'react'
import { loadOnDemand } from '../../../lib/load-on-demand.ts'
import type { Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import type { AttributeRow } from '../model/derive-rows.ts'
import type { RowActions } from './row-actions.ts'
import type { RowMenuProps } from './row-menu.tsx'

// The menu's code is a chunk of its own, fetched when a row's menu is first opened (or hovered).
const rowMenu = loadOnDemand<RowMenuProps>(() => import('./row-menu.tsx').then((module) => module.RowMenu))

/** Fetches the menu's chunk once the grid is on screen, so the first "⋯" opens at once. */
export const preloadRowMenu = rowMenu.preload

/** "⋯" on every row: copy value, copy name, clear, undo, reveal; one compact button instead of words per row. */
export function RowMenuButton({
  row,
  t,
  actions,
  editable,
  clearHintId,
}: {
  row: AttributeRow
  t: Translate<AttributeMessageKey>
  actions: RowActions
  editable: boolean
  clearHintId: string
}) {
  const [open, setOpen] = useState(false)
  const [said, setSaid] = useState<string | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const menu = rowMenu.useOnDemand(open)
  // "Copied" is said, then goes: it is feedback, not state.
  useEffect(() => {
    if (said === null) return
    const timer = setTimeout(() => setSaid(null), 2500)
    return () => clearTimeout(timer)
  }, [said])
  return (
    <span className="attr-menu-anchor">
      <button
        ref={button}
        type="button"
        className="attr-icon-button"
        tabIndex={-1}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('rowActionsLabel', { name: row.name })}
        onPointerEnter={rowMenu.preload}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {said ? (
        <span role="status" className="attr-said">
          {said}
        </span>
      ) : null}
      {open && menu.status === 'loaded' ? (
        <menu.component
          row={row}
          t={t}
          actions={actions}
          editable={editable}
          clearHintId={clearHintId}
          onDone={(message, returnFocus = true) => {
            setOpen(false)
            if (message) setSaid(message)
            // Back to the cell the menu belongs to: the grid's focus stop.
            if (returnFocus) button.current?.closest<HTMLElement>('[role="gridcell"]')?.focus()
          }}
        />
      ) : null}
    </span>
  )
}
