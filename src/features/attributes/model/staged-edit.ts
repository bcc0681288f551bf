import * as z from 'zod/mini'
import type { AttributeMap } from '../../../genesys/attribute-map.ts'

/**
 * Where a staged edit is in its life. `staged` waits for the user; `saving` is inside a PATCH; `confirming` may
 * have reached the server (a 202, or an answer that was lost) and is waiting for the server to show it, because
 * Genesys applies writes asynchronously. A confirming edit is never sent again by itself: only the user's "Send
 * again" (after being told what the server shows) puts it back to staged.
 */
export const editPhaseSchema = z.enum(['staged', 'saving', 'confirming'])
export type EditPhase = z.infer<typeof editPhaseSchema>

/** Why the last commit of this edit did not go through; kept on the edit so the row can say so. */
export const editProblemSchema = z.enum([
  'rejected',
  'forbidden',
  'not-found',
  'rate-limited',
  'uncertain',
  'unconfirmed',
  'interrupted',
  'unauthorized',
])
export type EditProblem = z.infer<typeof editProblemSchema>

export interface StagedEdit {
  readonly name: string
  readonly value: string
  /** The server's value when the edit was staged (or rebased by "Keep mine"); undefined: the name did not exist. */
  readonly baseValue: string | undefined
  readonly stagedAt: number
  readonly phase: EditPhase
  readonly problem?: EditProblem
  /**
   * While this edit was on its way, the server showed another writer's value for the name (`value` undefined: the
   * name was absent). If ours then lands, that value was replaced, and the user is told (see ReplacedValue).
   */
  readonly intervening?: { readonly value: string | undefined }
}

/** Another writer's value that our accepted write replaced: shown until the user puts it back or dismisses it. */
export interface ReplacedValue {
  readonly name: string
  readonly replacedValue: string | undefined
  readonly ourValue: string
  readonly at: number
}

/** Staged edits of one participant, keyed by attribute name (null-prototype, see attribute-map.ts). */
export type EditMap = Readonly<Record<string, StagedEdit>>

export interface ParticipantEdits {
  readonly edits: EditMap
  /** Earlier edit maps, newest last, for undo; `future` holds what undo took away, for redo. */
  readonly past: readonly EditMap[]
  readonly future: readonly EditMap[]
  /** Values of other writers that our writes replaced inside the confirmation window, newest last. */
  readonly replaced?: readonly ReplacedValue[]
}

/** `unconfirmed`: sent, and no longer watched (a timeout, a reload mid-write): the user decides what happens next. */
export type RowStatus =
  'unchanged' | 'added' | 'changed' | 'cleared' | 'conflict' | 'saving' | 'confirming' | 'unconfirmed'

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
  /** Several names in one action, and so one undo step (bulk corrections, a revert); `basedOn` as for `stage`. */
  | {
      type: 'stage-many'
      values: ReadonlyArray<{ name: string; value: string; basedOn?: string }>
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
  /** Refused by the server (4xx): nothing was written, the edits go back to staged with the reason. */
  | { type: 'commit-failed'; names: readonly string[]; problem: EditProblem }
  /** No usable answer (5xx, network, timeout): the write may have landed, so it waits for the server to show it. */
  | { type: 'commit-uncertain'; names: readonly string[] }
  /** Fresh server data arrived: edits the server now shows are done. `at` dates a replaced-value notice. */
  | { type: 'reconcile'; server: ServerAttributes; at?: number }
  /** Confirmation polling gave up: the edits stay remembered as sent, marked "not confirmed", never resent alone. */
  | { type: 'confirm-timeout'; names: readonly string[] }
  /** The user asked to look at the server again for writes that were not confirmed. */
  | { type: 'check-again'; names: readonly string[] }
  /** The user chose to send an unconfirmed write again, knowing what the server shows now (its new base). */
  | { type: 'send-again'; name: string; server: ServerAttributes }
  | { type: 'dismiss-replaced'; name: string }
