import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useEffect, useState, type FocusEvent, type RefObject } from 'react'
import { AttributeRowView } from './attribute-row.tsx'
import { activeColFor, estimatedRowHeight, requestFor, type TableBodyProps } from './table-body.ts'

/**
 * Only the rows on screen (plus a few), for participants with more attributes than `virtualizeAbove`. Its own
 * chunk: the virtualizer is about a tenth of the widget's code and almost no participant needs it.
 */
export type VirtualRowsProps = TableBodyProps & {
  scroller: RefObject<HTMLDivElement | null>
  /** Filled in here: how the grid brings a row that is not mounted into view before focusing it. */
  scrollTo: RefObject<((index: number) => void) | null>
}

export function VirtualRows({
  scroller,
  scrollTo,
  rows,
  t,
  actions,
  hintIds,
  opening,
  active,
}: VirtualRowsProps) {
  // The row being typed in stays mounted when scrolled out of view: its unstaged text lives in the row, and a
  // removed textarea neither blurs (which would stage it) nor comes back with it.
  const [focusedName, setFocusedName] = useState<string | null>(null)
  const focusedIndex = focusedName === null ? -1 : rows.findIndex((row) => row.name === focusedName)
  const rangeExtractor = (range: Range) => {
    // The grid's Tab stop (active.row) stays mounted too, so Tab always finds the grid.
    const indexes = defaultRangeExtractor(range)
    const kept = [focusedIndex, active.row].filter((index) => index >= 0 && index < rows.length)
    return [...new Set([...indexes, ...kept])].sort((a, b) => a - b)
  }
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const index = event.target.closest('[data-index]')?.getAttribute('data-index')
    setFocusedName(index == null ? null : (rows[Number(index)]?.name ?? null))
  }
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedName(null)
  }
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedRowHeight,
    overscan: 8,
    // Until the first measurement (and in tests without layout) assume a typical panel, so rows show at once.
    initialRect: { width: 800, height: 600 },
    // A hidden panel (an inactive interaction's iframe) measures 0: keep the estimate instead of collapsing rows.
    measureElement: (element) => element.getBoundingClientRect().height || estimatedRowHeight,
    getItemKey: (index) => rows[index]?.name ?? index,
    rangeExtractor,
  })
  // The add form sent the user to a row that may not be mounted: scroll to it, and it takes the request on mount.
  useEffect(() => {
    scrollTo.current = (index) => virtualizer.scrollToIndex(index, { align: 'auto' })
    return () => {
      scrollTo.current = null
    }
  }, [scrollTo, virtualizer])
  const openingIndex = opening ? rows.findIndex((row) => row.name === opening.name) : -1
  useEffect(() => {
    if (openingIndex >= 0) virtualizer.scrollToIndex(openingIndex, { align: 'center' })
  }, [opening, openingIndex, virtualizer])
  return (
    <div
      role="rowgroup"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      onFocus={onFocus}
      onBlur={onBlur}
    >
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
            request={requestFor(opening, row.name)}
            activeCol={activeColFor(active, item.index)}
          />
        )
      })}
    </div>
  )
}
