import type { AttributeMap } from '../../../genesys/attribute-map.ts'

/**
 * Where a staged edit is in its life. `staged` waits for the user; `saving` is inside a PATCH; `confirming` was
 * accepted (202) but the server has not shown the value yet, because Genesys applies writes asynchronously.
 */
export type EditPhase = 'staged' | 'saving' | 'confirming'

/** Why the last commit of this edit did not go through; kept on the edit so the row can say so. */
export type EditProblem =
  | 'rejected'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'uncertain'
  | 'unconfirmed'
  | 'interrupted'
  | 'unauthorized'

export interface StagedEdit {
  readonly name: string
  readonly value: string
  /** The server's value when the edit was staged (or rebased by "Keep mine"); undefined: the name did not exist. */
  readonly baseValue: string | undefined
  readonly stagedAt: number
  readonly phase: EditPhase
  readonly problem?: EditProblem
}

/** Staged edits of one participant, keyed by attribute name (null-prototype, see attribute-map.ts). */
export type EditMap = Readonly<Record<string, StagedEdit>>

export interface ParticipantEdits {
  readonly edits: EditMap
  /** Earlier edit maps, newest last, for undo; `future` holds what undo took away, for redo. */
  readonly past: readonly EditMap[]
  readonly future: readonly EditMap[]
}

export type RowStatus = 'unchanged' | 'added' | 'changed' | 'cleared' | 'conflict' | 'saving' | 'confirming'

/** A change of one name seen on the server that this widget did not make (an IVR flow, another agent...). */
export interface LiveChange {
  readonly name: string
  readonly oldValue: string | undefined
  readonly newValue: string | undefined
  readonly at: number
}

export type ServerAttributes = AttributeMap

export type EditAction =
  /**
   * `basedOn`: the value the user saw when they started typing, if the server may have moved since (a live update
   * during typing). Without it the edit is based on `server`.
   */
  | { type: 'stage'; name: string; value: string; server: ServerAttributes; at: number; basedOn?: string }
  /** Several names in one action, and so one undo step (bulk corrections). */
  | {
      type: 'stage-many'
      values: ReadonlyArray<{ name: string; value: string }>
      server: ServerAttributes
      at: number
    }
  | { type: 'undo-edit'; name: string }
  | { type: 'discard-all' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'keep-mine'; name: string; server: ServerAttributes }
  | { type: 'take-theirs'; name: string }
  | { type: 'commit-begin'; names: readonly string[] }
  | { type: 'commit-accepted'; names: readonly string[] }
  | { type: 'commit-failed'; names: readonly string[]; problem: EditProblem }
  /** Fresh server data arrived: edits the server now shows are done. */
  | { type: 'reconcile'; server: ServerAttributes }
  /** Confirmation polling gave up: the edits go back to staged so that nothing is lost. */
  | { type: 'confirm-timeout'; names: readonly string[] }
