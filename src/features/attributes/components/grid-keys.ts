/**
 * The WAI-ARIA grid pattern's navigation keys as a pure function: where focus goes from a cell. Arrows move one
 * cell, Home/End go to the row's ends (with Ctrl, the grid's), PageUp/PageDown move a page of rows.
 */
export interface GridPosition {
  row: number
  col: number
}

export interface GridShape {
  rowCount: number
  colCount: number
  pageRows: number
}

export function moveInGrid(
  key: string,
  from: GridPosition,
  shape: GridShape,
  ctrl: boolean,
): GridPosition | undefined {
  const lastRow = Math.max(shape.rowCount - 1, 0)
  const lastCol = shape.colCount - 1
  const at = (row: number, col: number) => ({
    row: Math.min(Math.max(row, 0), lastRow),
    col: Math.min(Math.max(col, 0), lastCol),
  })
  switch (key) {
    case 'ArrowDown':
      return at(from.row + 1, from.col)
    case 'ArrowUp':
      return at(from.row - 1, from.col)
    case 'ArrowRight':
      return at(from.row, from.col + 1)
    case 'ArrowLeft':
      return at(from.row, from.col - 1)
    case 'Home':
      return ctrl ? at(0, 0) : at(from.row, 0)
    case 'End':
      return ctrl ? at(lastRow, lastCol) : at(from.row, lastCol)
    case 'PageDown':
      return at(from.row + shape.pageRows, from.col)
    case 'PageUp':
      return at(from.row - shape.pageRows, from.col)
    default:
      return undefined
  }
}

/** A key that starts editing by typing: one printable character, no shortcut modifier. */
export function startsTyping(key: string, ctrl: boolean, meta: boolean, alt: boolean): boolean {
  return key.length === 1 && key !== ' ' && !ctrl && !meta && !alt
}
