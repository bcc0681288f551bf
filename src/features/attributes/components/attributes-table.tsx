import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import type { AttributeRow, SortDirection } from '../model/derive-rows.ts'
import { AttributeRowView, type RowActions } from './attribute-row.tsx'

/** Below this, every row is in the DOM (simple, and every row findable); above it, only what is on screen. */
export const virtualizeAbove = 200

interface AttributesTableProps {
  rows: readonly AttributeRow[]
  sort: SortDirection | 'none'
  onSortChange: (sort: SortDirection) => void
  t: Translate<AttributeMessageKey>
  actions: RowActions
  hintIds: { edit: string; clear: string }
}

function Header({ sort, onSortChange, t }: Pick<AttributesTableProps, 'sort' | 'onSortChange' | 't'>) {
  const next: SortDirection = sort === 'ascending' ? 'descending' : 'ascending'
  return (
    <div role="rowgroup" className="attr-head">
      <div role="row" className="attr-row attr-head-row" aria-rowindex={1}>
        <div role="columnheader" className="attr-cell" aria-sort={sort}>
          <button
            type="button"
            className="attr-sort"
            onClick={() => onSortChange(next)}
            aria-label={`${t('columnName')}, ${t('sortByName')}`}
          >
            {t('columnName')}{' '}
            <span aria-hidden="true">{sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '↕'}</span>
          </button>
        </div>
        <div role="columnheader" className="attr-cell">
          {t('columnValue')}
        </div>
        <div role="columnheader" className="attr-cell">
          {t('columnState')}
        </div>
      </div>
    </div>
  )
}

function VirtualBody({
  rows,
  t,
  actions,
  hintIds,
}: Pick<AttributesTableProps, 'rows' | 't' | 'actions' | 'hintIds'>) {
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    overscan: 8,
    // Until the first measurement (and in tests without layout) assume a typical panel, so rows show at once.
    initialRect: { width: 800, height: 600 },
    // A hidden panel (an inactive interaction's iframe) measures 0: keep the estimate instead of collapsing rows.
    measureElement: (element) => element.getBoundingClientRect().height || 64,
    getItemKey: (index) => rows[index]?.name ?? index,
  })
  return (
    <div ref={scroller} className="attr-scroller">
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]
          if (!row) return null
          return (
            <AttributeRowView
              key={item.key}
              row={row}
              index={item.index}
              ariaRowIndex={item.index + 2}
              rowRef={virtualizer.measureElement}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${item.start}px)`,
              }}
              t={t}
              actions={actions}
              hintIds={hintIds}
            />
          )
        })}
      </div>
    </div>
  )
}

/** A table by ARIA roles (not <table>) so rows can stack at 320 px and be virtualized without losing semantics. */
export function AttributesTable(props: AttributesTableProps) {
  const { rows, t, actions, hintIds } = props
  const virtual = rows.length > virtualizeAbove
  return (
    <div role="table" aria-label={t('tableLabel')} aria-rowcount={rows.length + 1} className="attr-table">
      <Header sort={props.sort} onSortChange={props.onSortChange} t={t} />
      {virtual ? (
        <VirtualBody rows={rows} t={t} actions={actions} hintIds={hintIds} />
      ) : (
        <div role="rowgroup">
          {rows.map((row, index) => (
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
      )}
    </div>
  )
}
