import { createAttributeMap, readAttribute, type AttributeMap } from '../../../genesys/attribute-map.ts'
import type { CommitProblem } from '../model/commit-problem.ts'
import { readEdit } from '../model/edit-map.ts'
import type { EditMap, ServerAttributes } from '../model/staged-edit.ts'

/** A commit that did not go through: what happened, which names were sent, and what a server check found. */
export class CommitFailure extends Error {
  override readonly name = 'CommitFailure'

  constructor(
    readonly problem: CommitProblem,
    /** The names in the refused or lost PATCH. */
    readonly names: readonly string[],
    /** After an uncertain failure: names the server turned out to hold already (nothing to resend). */
    readonly landed: readonly string[],
    /** After an uncertain failure: whether the follow-up GET worked, so the UI can say "checked" honestly. */
    readonly checked: boolean,
    /** False when the commit stopped before sending anything (the server could not be read first). */
    readonly progress: { readonly sent: boolean } = { sent: true },
    /** After an uncertain failure: the values the lost PATCH carried, so a later read can tell they arrived. */
    readonly written: AttributeMap = createAttributeMap(),
  ) {
    super(problem.message || problem.problem)
  }
}

/** One name an accepted commit wrote: what the server held before (undefined: the name did not exist) and after. */
export interface CommittedValue {
  readonly name: string
  readonly before: string | undefined
  readonly written: string
}

export interface CommitOutcome {
  readonly sent: readonly string[]
  /** What the sent names held before, so the commit can be reverted (staged back for review, never sent alone). */
  readonly committed: readonly CommittedValue[]
  /** Staged names that changed elsewhere since staging and wait for the user's choice. */
  readonly heldBack: readonly string[]
  /** Staged names the attribute policy does not let this user write; they were not sent. */
  readonly refused?: readonly string[]
  /**
   * Names the user committed and then staged again with another value before the commit went out (a slow read
   * before sending): not sent, since the new value was not committed; it stays staged for the next Commit.
   */
  readonly changedSinceCommit?: readonly string[]
  /** Staged names Genesys Cloud refuses to have written (blank, over the name limit); they were not sent. */
  readonly unwritable?: readonly string[]
}

/**
 * Where a commit failure stands now, for the banner to speak of the present: `open` while any write it covers is
 * still waiting (watched, or in doubt); `saved` once each arrived (at the check, or the server shows it now), though
 * the answer was lost; `settled` when nothing waits any more but not all arrived (forgotten, or restaged).
 */
export function failureStanding(
  failure: CommitFailure,
  edits: EditMap,
  server: ServerAttributes,
): 'open' | 'saved' | 'settled' {
  if (!failure.problem.uncertain || !failure.progress.sent) return 'open'
  const arrived = (name: string) => {
    if (failure.landed.includes(name)) return true
    const written = readAttribute(failure.written, name)
    return written !== undefined && readAttribute(server, name) === written
  }
  if (failure.names.every(arrived)) return 'saved'
  return failure.names.some((name) => readEdit(edits, name)?.phase === 'confirming') ? 'open' : 'settled'
}
