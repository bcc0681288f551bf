import { hasAttribute, readAttribute, type AttributeMap } from '../../../genesys/attribute-map.ts'
import type { Conversation } from '../../../genesys/schemas.ts'
import {
  createEditMap,
  planCommit,
  type AccessOf,
  type StagedEdit,
} from '../../attributes/bulk-correction-seam.ts'
import type { Correction } from './bulk-input.ts'

/*
 * One conversation of a bulk correction, planned as a single commit would be (the editor's planCommit): only the
 * names whose value changes are sent, a name whose server value is not the one the plan was made against is a
 * conflict and is held back, and a name the policy does not let this user write is refused.
 *
 * The dry run plans against a fresh read with `base` = what the file expects (else what it read); the run plans
 * again against another fresh read with the dry run's values as base, so a value another writer set in between
 * is a conflict, never overwritten.
 */

export interface DiffLine {
  readonly name: string
  readonly from: string | undefined
  readonly to: string
}

export interface CorrectionPlan {
  readonly participantId: string | undefined
  readonly patch: AttributeMap
  readonly diff: readonly DiffLine[]
  readonly conflicts: readonly string[]
  readonly refused: readonly string[]
  /** The server's values of the corrected names at this read: the base for the next plan. */
  readonly seen: Readonly<Record<string, string | null>>
}

export function findParticipant(
  conversation: Conversation,
  correction: Pick<Correction, 'participantId' | 'purpose'>,
) {
  if (correction.participantId)
    return conversation.participants.find((p) => p.id === correction.participantId)
  return conversation.participants.find((p) => p.purpose === correction.purpose)
}

export function planCorrection(
  conversation: Conversation,
  correction: Correction,
  base: Readonly<Record<string, string | null>> | undefined,
  accessOf: AccessOf,
  now: number,
): CorrectionPlan {
  const participant = findParticipant(conversation, correction)
  if (!participant)
    return { participantId: undefined, patch: {}, diff: [], conflicts: [], refused: [], seen: {} }
  const server = participant.attributes
  const names = Object.keys(correction.values)
  const baseOf = (name: string): string | undefined => {
    if (base && Object.hasOwn(base, name)) return base[name] ?? undefined
    if (hasAttribute(correction.expected, name)) return readAttribute(correction.expected, name)
    return readAttribute(server, name)
  }
  const edits = createEditMap(
    names.map((name): StagedEdit => ({
      name,
      value: readAttribute(correction.values, name) ?? '',
      baseValue: baseOf(name),
      stagedAt: now,
      phase: 'staged',
    })),
  )
  const plan = planCommit(edits, server, accessOf)
  const seen: Record<string, string | null> = Object.create(null) as Record<string, string | null>
  for (const name of names) seen[name] = readAttribute(server, name) ?? null
  return {
    participantId: participant.id,
    patch: plan.patch,
    diff: plan.names.map((name) => ({ name, from: readAttribute(server, name), to: plan.patch[name] ?? '' })),
    conflicts: plan.conflicts,
    refused: plan.refused,
    seen,
  }
}
