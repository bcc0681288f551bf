import { createContext } from 'react'

/**
 * How a cell's editor hands focus back to the grid. A context, not props, so memoised rows keep theirs.
 * `next`: the value was staged with Enter, focus moves to the value below; `cancel`: Escape, focus stays here.
 */
export interface GridNav {
  leaveEditor: (rowIndex: number, how: 'next' | 'cancel') => void
}

export const GridNavContext = createContext<GridNav | null>(null)

/** The cell of a row and column, found in the DOM (virtualized rows may not have it mounted). */
export function findCell(grid: HTMLElement | null, row: number, col: number): HTMLElement | null {
  return grid?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`) ?? null
}
