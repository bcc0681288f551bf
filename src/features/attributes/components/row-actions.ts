import type { ValidationIssue } from '../model/validation.ts'

/**
 * What a row can do, bound by the panel to the current server values (use-row-actions.ts). A module of its own so
 * the row, its protected value and its menu all read it without importing each other.
 */
export interface RowActions {
  stage: (name: string, value: string, basedOn?: string) => void
  undo: (name: string) => void
  keepMine: (name: string) => void
  checkValue: (value: string) => ValidationIssue[]
  useTheirs: (name: string) => void
  /** With an attribute policy: show a masked value for a short time. */
  reveal?: (name: string) => void
  revealSeconds?: number
}
