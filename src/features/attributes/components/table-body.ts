import type { Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import type { AttributeRow } from '../model/derive-rows.ts'
import type { EditorRequest } from './editor-request.ts'
import type { RowActions } from './row-actions.ts'

/** Below this, every row is in the DOM (simple, and every row findable); above it, only what is on screen. */
export const virtualizeAbove = 200
/** The virtualizer's guess for a row it has not measured yet: one line of value (a single-line row is 36 px). */
export const estimatedRowHeight = 36

/** What the table's bodies (every row in the DOM, placeholder, virtualized) all receive. */
export interface TableBodyProps {
  rows: readonly AttributeRow[]
  t: Translate<AttributeMessageKey>
  actions: RowActions
  hintIds: { edit: string; clear: string }
  /** The add form's request to open one row's editor (see editor-request.ts). */
  opening?: EditorRequest | null | undefined
  /** The grid's focusable cell (roving tabindex): its row index and column. */
  active: { row: number; col: number }
}

/** The request for this row only, so every other (memoised) row keeps its props. */
export const requestFor = (opening: TableBodyProps['opening'], name: string) =>
  opening?.name === name ? opening : undefined

/** The active column for this row only, for the same reason. */
export const activeColFor = (active: TableBodyProps['active'], index: number) =>
  active.row === index ? active.col : undefined
