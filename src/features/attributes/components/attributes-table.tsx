import { useRef } from 'react'
import { loadOnDemand } from '../../../lib/load-on-demand.ts'
import { useTranslate, type Translate } from '../../../ui/i18n.tsx'
import { attributeMessages, type AttributeMessageKey } from '../messages.ts'
import type { AttributeRow, SortDirection } from '../model/derive-rows.ts'
import { AttributeRowView, type RowActions } from './attribute-row.tsx'
import { requestFor, type EditorRequest } from './editor-request.ts'
import { estimatedRowHeight } from './row-height.ts'
import type { VirtualRowsProps } from './virtual-rows.tsx'

/** Below this, every row is in the DOM (simple, and every row findable); above it, only what is on screen. */
export const virtualizeAbove = 200
/** Rows drawn while the virtualizer loads: more than fill the scroller (70vh) on a tall screen. */
const rowsWhileLoading = 20

// Loaded the first time a participant crosses the threshold, then kept: a later crossing renders at once.
const virtualRows = loadOnDemand<VirtualRowsProps>(() =>
  import('./virtual-rows.tsx').then((module) => module.VirtualRows),
)

interface AttributesTableProps {
  rows: readonly AttributeRow[]
  sort: SortDirection | 'none'
  onSortChange: (sort: SortDirection) => void
  t: Translate<AttributeMessageKey>
  actions: RowActions
  hintIds: { edit: string; clear: string }
  /** The add form's request to open one row's editor (see editor-request.ts). */
  opening?: EditorRequest | null | undefined
}

export type TableBodyProps = Pick<AttributesTableProps, 'rows' | 't' | 'actions' | 'hintIds' | 'opening'>

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
        <div role="cell">
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

function PlainRows({ rows, t, actions, hintIds, opening }: TableBodyProps) {
  return (
    <div role="rowgroup">
      {rows.map((row, index) => (
        <AttributeRowView
          key={row.name}
          row={row}
          index={index}
          t={t}
          actions={actions}
          hintIds={hintIds}
          request={requestFor(opening, row.name)}
        />
      ))}
    </div>
  )
}

/**
 * The scroller belongs to the table, not to the lazily loaded rows: the placeholder and the virtual rows share
 * it, so a scroll made while loading is where the virtual rows start.
 */
function VirtualBody(props: TableBodyProps) {
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

/** A table by ARIA roles (not <table>) so rows can stack at 320 px and be virtualized without losing semantics. */
export function AttributesTable(props: AttributesTableProps) {
  const { rows, t, actions, hintIds, opening } = props
  const body = { rows, t, actions, hintIds, opening }
  return (
    <div role="table" aria-label={t('tableLabel')} aria-rowcount={rows.length + 1} className="attr-table">
      <Header sort={props.sort} onSortChange={props.onSortChange} t={t} />
      {rows.length > virtualizeAbove ? <VirtualBody {...body} /> : <PlainRows {...body} />}
    </div>
  )
}
