import type { CommitProblem } from '../model/commit-problem.ts'

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
}
