import * as z from 'zod/mini'
import { createEditMap } from '../model/edit-map.ts'
import {
  editPhaseSchema,
  editProblemSchema,
  type ParticipantEdits,
  type ReplacedValue,
  type StagedEdit,
} from '../model/staged-edit.ts'

/** Bump when the stored shape changes; older or unknown versions are dropped, never guessed at. */
export const persistedEditsVersion = 1

const persistedEditSchema = z.object({
  name: z.string().check(z.minLength(1)),
  value: z.string(),
  baseValue: z.optional(z.string()),
  stagedAt: z.number(),
  phase: editPhaseSchema,
  problem: z.optional(editProblemSchema),
  intervening: z.optional(z.object({ value: z.optional(z.string()) })),
})

const replacedSchema = z.object({
  name: z.string().check(z.minLength(1)),
  replacedValue: z.optional(z.string()),
  ourValue: z.string(),
  at: z.number(),
})

const persistedEntrySchema = z.object({
  key: z.string().check(z.minLength(1)),
  owner: z.optional(z.string().check(z.minLength(1))),
  tokenTag: z.optional(z.number()),
  edits: z.array(z.unknown()),
  replaced: z.optional(z.array(z.unknown())),
})

const identitySchema = z.object({ userId: z.string().check(z.minLength(1)), tokenTag: z.number() })

/**
 * Whose edits these are (decision 0032): `owner` is the Genesys user id that `users/me` gave for the token they were
 * staged under. Until it is known, `tokenTag` names that token (its `obtainedAt`), so only a `users/me` answer for
 * the same token can claim them.
 */
export interface EditsHolder {
  owner: string | undefined
  tokenTag: number | undefined
}

/** The user `users/me` named for a token (by its tag): lets a reload with the same token know its owner at once. */
export type VerifiedIdentity = z.infer<typeof identitySchema>

export function holds(holder: EditsHolder, slot: EditsHolder): boolean {
  return holder.owner !== undefined
    ? slot.owner === holder.owner
    : slot.owner === undefined && slot.tokenTag === holder.tokenTag
}

/** Arrays, not objects keyed by name: a name such as `__proto__` survives JSON and parsing untouched. */
export interface PersistedEntry {
  key: string
  owner?: string
  tokenTag?: number
  edits: StagedEdit[]
  replaced?: ReplacedValue[]
}

/** One participant's edits of one holder, as stored. */
export interface PersistedSlot {
  key: string
  holder: EditsHolder
  entry: ParticipantEdits
}

type ParsedEdit = z.infer<typeof persistedEditSchema>

/**
 * A write that was on its way when the page went away may have landed, or may still be applied: it comes back as
 * sent (confirming), so the server is watched for it and it is never sent again by itself. One that was inside its
 * PATCH is marked "interrupted" (no answer was seen); an accepted one keeps what it was.
 */
function restoreEdit(edit: ParsedEdit, mode: ReadMode): StagedEdit {
  const base = {
    name: edit.name,
    value: edit.value,
    baseValue: edit.baseValue,
    stagedAt: edit.stagedAt,
    ...(edit.intervening ? { intervening: { value: edit.intervening.value } } : {}),
  }
  const phase = mode === 'restore' && edit.phase === 'saving' ? 'confirming' : edit.phase
  const problem = mode === 'restore' && edit.phase === 'saving' ? 'interrupted' : edit.problem
  return problem ? { ...base, phase, problem } : { ...base, phase }
}

/** `restore`: a page starting from storage; `as-stored`: another frame's live state, phases as they are. */
export type ReadMode = 'restore' | 'as-stored'

/**
 * Reads whatever storage held, one entry and one edit at a time: a corrupt edit is dropped alone, and never takes
 * the other participants' edits with it.
 */
export function readPersistedSlots(persisted: unknown, mode: ReadMode): PersistedSlot[] {
  const result: PersistedSlot[] = []
  const entries = z.object({ entries: z.array(z.unknown()) }).safeParse(persisted)
  if (!entries.success) return result
  for (const raw of entries.data.entries) {
    const entry = persistedEntrySchema.safeParse(raw)
    if (!entry.success) continue
    const edits: StagedEdit[] = []
    for (const rawEdit of entry.data.edits) {
      const edit = persistedEditSchema.safeParse(rawEdit)
      if (edit.success) edits.push(restoreEdit(edit.data, mode))
    }
    const replaced: ReplacedValue[] = []
    for (const rawNotice of entry.data.replaced ?? []) {
      const notice = replacedSchema.safeParse(rawNotice)
      if (notice.success) replaced.push(withoutUndefined(notice.data))
    }
    if (edits.length > 0 || replaced.length > 0)
      result.push({
        key: entry.data.key,
        holder: { owner: entry.data.owner, tokenTag: entry.data.tokenTag },
        entry: { edits: createEditMap(edits), past: [], future: [], replaced },
      })
  }
  return result
}

export function readPersistedIdentity(persisted: unknown): VerifiedIdentity | undefined {
  const state = z.object({ identity: z.optional(identitySchema) }).safeParse(persisted)
  return state.success ? state.data.identity : undefined
}

function withoutUndefined(notice: z.infer<typeof replacedSchema>): ReplacedValue {
  return { name: notice.name, replacedValue: notice.replacedValue, ourValue: notice.ourValue, at: notice.at }
}
