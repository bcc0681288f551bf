import * as z from 'zod/mini'
import { createEditMap } from '../model/edit-map.ts'
import type { ParticipantEdits, StagedEdit } from '../model/staged-edit.ts'

/** Bump when the stored shape changes; older or unknown versions are dropped, never guessed at. */
export const persistedEditsVersion = 1

const problemSchema = z.enum([
  'rejected',
  'forbidden',
  'not-found',
  'rate-limited',
  'uncertain',
  'unconfirmed',
  'interrupted',
  'unauthorized',
])

const persistedEditSchema = z.object({
  name: z.string().check(z.minLength(1)),
  value: z.string(),
  baseValue: z.optional(z.string()),
  stagedAt: z.number(),
  phase: z.enum(['staged', 'saving', 'confirming']),
  problem: z.optional(problemSchema),
})

const persistedEntrySchema = z.object({ key: z.string().check(z.minLength(1)), edits: z.array(z.unknown()) })

/** Arrays, not objects keyed by name: a name such as `__proto__` survives JSON and parsing untouched. */
export interface PersistedEdits {
  entries: Array<{ key: string; edits: StagedEdit[] }>
}

/**
 * A write that was on its way when the tab went away may or may not have landed: back to staged, marked, so the
 * next server read either confirms it (the reconcile drops it) or the user commits it again.
 */
function restoreEdit(edit: z.infer<typeof persistedEditSchema>): StagedEdit {
  const base = { name: edit.name, value: edit.value, baseValue: edit.baseValue, stagedAt: edit.stagedAt }
  if (edit.phase !== 'staged') return { ...base, phase: 'staged', problem: 'interrupted' }
  return edit.problem ? { ...base, phase: 'staged', problem: edit.problem } : { ...base, phase: 'staged' }
}

/**
 * Reads whatever storage held, one entry and one edit at a time: a corrupt edit is dropped alone, and never takes
 * the other participants' edits with it.
 */
export function readPersistedEntries(persisted: unknown): Map<string, ParticipantEdits> {
  const result = new Map<string, ParticipantEdits>()
  const entries = z.object({ entries: z.array(z.unknown()) }).safeParse(persisted)
  if (!entries.success) return result
  for (const raw of entries.data.entries) {
    const entry = persistedEntrySchema.safeParse(raw)
    if (!entry.success) continue
    const edits: StagedEdit[] = []
    for (const rawEdit of entry.data.edits) {
      const edit = persistedEditSchema.safeParse(rawEdit)
      if (edit.success) edits.push(restoreEdit(edit.data))
    }
    if (edits.length > 0) result.set(entry.data.key, { edits: createEditMap(edits), past: [], future: [] })
  }
  return result
}
