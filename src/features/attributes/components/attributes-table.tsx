import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { loadOnDemand } from '../../../lib/load-on-demand.ts'
import { useTranslate, type Translate } from '../../../ui/i18n.tsx'
import { attributeMessages, type AttributeMessageKey } from '../messages.ts'
import type { AttributeRow } from '../model/derive-rows.ts'
import type { TableOrder } from './table-order.ts'
import { AttributeRowView } from './attribute-row.tsx'
import type { EditorRequest } from './editor-request.ts'
import { moveInGrid, startsTyping } from './grid-keys.ts'
import { findCell, GridNavContext, type GridNav } from './grid-nav.ts'
import type { RowActions } from './row-actions.ts'
import { preloadRowMenu } from './row-menu-button.tsx'
import {
  activeColFor,
  estimatedRowHeight,
  requestFor,
  virtualizeAbove,
  type TableBodyProps,
} from './table-body.ts'
import type { VirtualRowsProps } from './virtual-rows.tsx'

/** Rows drawn while the virtualizer loads: more than fill the scroller (70vh) on a tall screen. */
const rowsWhileLoading = 20
const columnCount = 3
/** PageUp/PageDown move this many rows: about what a 360 × 640 panel shows. */
const pageRows = 10

// Loaded the first time a participant crosses the threshold, then kept: a later crossing renders at once.
const virtualRows = loadOnDemand<VirtualRowsProps>(() =>
  import('./virtual-rows.tsx').then((module) => module.VirtualRows),
)

interface AttributesTableProps {
  rows: readonly AttributeRow[]
  order: TableOrder
  onOrderChange: (order: TableOrder) => void
  t: Translate<AttributeMessageKey>
  actions: RowActions
  hintIds: { edit: string; clear: string }
  /** The add form's request to open one row's editor (see editor-request.ts). */
  opening?: EditorRequest | null | undefined
}

const nextOrder: Record<TableOrder, TableOrder> = {
  server: 'ascending',
  ascending: 'descending',
  descending: 'server',
}
const orderArrow: Record<TableOrder, string> = { server: '↕', ascending: '▲', descending: '▼' }

function Header({
  order,
  onOrderChange,
  t,
  activeSort,
}: Pick<AttributesTableProps, 'order' | 'onOrderChange' | 't'> & { activeSort: boolean }) {
  return (
    <div role="rowgroup" className="attr-head">
      <div role="row" className="attr-row attr-head-row" aria-rowindex={1}>
        <div role="columnheader" className="attr-cell" aria-sort={order === 'server' ? 'none' : order}>
          <button
            type="button"
            className="attr-sort"
            // The header's one stop: ArrowUp from the first row's name reaches it, ArrowDown goes back.
            data-cell="-1:0"
            tabIndex={activeSort ? 0 : -1}
            onClick={() => onOrderChange(nextOrder[order])}
            aria-label={`${t('columnName')}, ${t(`sortNext_${nextOrder[order]}`)}`}
          >
            {t('columnName')} <span aria-hidden="true">{orderArrow[order]}</span>
          </button>
        </div>
        <div role="columnheader" className="attr-cell">
          {t('columnValue')}
        </div>
        <div role="columnheader" className="attr-cell">
          <span className="visually-hidden">{t('columnState')}</span>
        </div>
      </div>
    </div>
  )
}

/**
 * What the virtualized table will show first, while its code arrives: the top rows where they will be, so nothing
 * jumps. Inert and hidden from assistive technology (a half-loaded table must not take focus or typing that the
 * real rows would then drop); a status says what is happening instead.
 */
function RowsWhileLoading({ rows, t, actions, hintIds }: TableBodyProps) {
  const tl = useTranslate(attributeMessages)
  return (
    <div role="rowgroup" aria-busy="true" style={{ minHeight: rows.length * estimatedRowHeight }}>
      <div role="row" className="visually-hidden">
        <div role="gridcell">
          <span role="status">{tl('loadingRows', { count: rows.length })}</span>
        </div>
      </div>
      <div inert aria-hidden="true">
        {rows.slice(0, rowsWhileLoading).map((row, index) => (
          <AttributeRowView
            key={row.name}
            row={row}
            index={index}
            t={t}
            actions={actions}
            hintIds={hintIds}
          />
        ))}
      </div>
    </div>
  )
}

function PlainRows({ rows, t, actions, hintIds, opening, active }: TableBodyProps) {
  return (
    <div role="rowgroup">
      {rows.map((row, index) => (
        <AttributeRowView
          key={row.name}
          row={row}
          index={index}
          ariaRowIndex={index + 2}
          t={t}
          actions={actions}
          hintIds={hintIds}
          request={requestFor(opening, row.name)}
          activeCol={activeColFor(active, index)}
        />
      ))}
    </div>
  )
}

/**
 * The scroller belongs to the table, not to the lazily loaded rows: the placeholder and the virtual rows share
 * it, so a scroll made while loading is where the virtual rows start.
 */
function VirtualBody(props: TableBodyProps & { scrollTo: VirtualRowsProps['scrollTo'] }) {
  const scroller = useRef<HTMLDivElement>(null)
  const loaded = virtualRows.useOnDemand(true)
  return (
    <div ref={scroller} className="attr-scroller">
      {loaded.status === 'loaded' ? (
        <loaded.component scroller={scroller} {...props} />
      ) : loaded.status === 'failed' ? (
        // Offline, or a deploy replaced the chunk: every row in the DOM is slower, but the editor still works.
        <PlainRows {...props} />
      ) : (
        <RowsWhileLoading {...props} />
      )}
    </div>
  )
}

/** Moves the caret to the end of an editor that keyboard focus just opened. */
function openEditor(cell: HTMLElement, selectAll: boolean): boolean {
  const editor = cell.querySelector<HTMLTextAreaElement>('textarea:not([readonly])')
  if (!editor) return false
  editor.focus()
  if (selectAll) editor.select()
  else editor.setSelectionRange(editor.value.length, editor.value.length)
  return true
}

/**
 * The attributes as a WAI-ARIA grid (by roles, not <table>, so rows can be virtualized without losing semantics):
 * one Tab stop (roving tabindex), arrows between cells, Home/End, PageUp/PageDown; Enter, F2 or typing open a
 * value's editor, whose Enter stages and moves down and whose Escape comes back to the cell.
 */
export function AttributesTable(props: AttributesTableProps) {
  const { rows, t, actions, hintIds, opening } = props
  const grid = useRef<HTMLDivElement>(null)
  const [wanted, setActive] = useState({ row: 0, col: 1 })
  // Filtering can remove the active row: the stop moves to the last one left, never off the grid.
  const active = useMemo(
    () => ({ row: Math.min(wanted.row, Math.max(rows.length - 1, 0)), col: wanted.col }),
    [wanted, rows.length],
  )
  // After the first paint (an effect), never before: the menu's bytes must not compete with the rows'.
  useEffect(preloadRowMenu, [])
  // Set by the virtual rows: brings a row that is not mounted into view (and into the DOM).
  const scrollTo = useRef<((index: number) => void) | null>(null)

  const focusCell = (row: number, col: number) => {
    setActive({ row, col })
    const cell = findCell(grid.current, row, col)
    if (cell) cell.focus()
    else {
      scrollTo.current?.(row)
      requestAnimationFrame(() => findCell(grid.current, row, col)?.focus())
    }
  }
  const nav = useMemo<GridNav>(
    () => ({
      leaveEditor: (row, how) => {
        const target = how === 'next' ? Math.min(row + 1, rows.length - 1) : row
        setActive({ row: target, col: 1 })
        const cell = findCell(grid.current, target, 1)
        if (cell) cell.focus()
        else {
          scrollTo.current?.(target)
          requestAnimationFrame(() => findCell(grid.current, target, 1)?.focus())
        }
      },
    }),
    [rows.length],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cell = event.target instanceof HTMLElement ? event.target : null
    const at = cell?.dataset.cell?.split(':').map(Number)
    // Keys inside an editor or a menu are theirs; only a focused cell is navigated from.
    if (!cell || !at || at.length !== 2) return
    const [row = 0, col = 0] = at
    const ctrl = event.ctrlKey || event.metaKey
    const target =
      event.key === 'ArrowUp' && row === 0 && col === 0
        ? { row: -1, col: 0 }
        : moveInGrid(
            event.key,
            { row, col },
            { rowCount: rows.length, colCount: columnCount, pageRows },
            ctrl,
          )
    if (target) {
      event.preventDefault()
      focusCell(target.row, target.col)
      return
    }
    if ((event.key === 'Enter' && !ctrl) || event.key === 'F2') {
      if (col === 1 && openEditor(cell, false)) event.preventDefault()
      else if (col === 2) {
        event.preventDefault()
        cell.querySelector<HTMLButtonElement>('[aria-haspopup="menu"]')?.click()
      }
      return
    }
    if (event.key === ' ' && col === 1) {
      // Space shows more of the value: the expander, or the formatted JSON.
      const more = cell.querySelector<HTMLElement>('summary, button[aria-expanded]')
      if (more) {
        event.preventDefault()
        more.click()
      }
      return
    }
    if (col === 1 && startsTyping(event.key, event.ctrlKey, event.metaKey, event.altKey)) {
      // Focus moves before the key's character is inserted: it lands in the editor, replacing the old text.
      openEditor(cell, true)
    }
  }

  const body = { rows, t, actions, hintIds, opening, active }
  return (
    <GridNavContext.Provider value={nav}>
      <div
        ref={grid}
        role="grid"
        aria-label={t('tableLabel')}
        aria-rowcount={rows.length + 1}
        aria-colcount={columnCount}
        className="attr-table"
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const at = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]')?.dataset.cell
          const [row, col] = at?.split(':').map(Number) ?? []
          if (row !== undefined && col !== undefined && (row !== active.row || col !== active.col))
            setActive({ row, col })
        }}
        onDoubleClick={(event) => {
          const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell$=":1"]')
          if (cell) openEditor(cell, false)
        }}
      >
        <Header
          order={props.order}
          onOrderChange={props.onOrderChange}
          t={t}
          activeSort={active.row === -1}
        />
        {rows.length > virtualizeAbove ? (
          <VirtualBody {...body} scrollTo={scrollTo} />
        ) : (
          <PlainRows {...body} />
        )}
      </div>
    </GridNavContext.Provider>
  )
}
