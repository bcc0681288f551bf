import * as z from 'zod/mini'
import type { FieldEdit, RecordEdits, RecordEditsState } from '../model/record-edits.ts'

/** Bump when the stored shape changes; other versions are dropped, never guessed at. */
export const persistedRecordEditsVersion = 1
export const recordEditsStorageKey = 'pdw.custom-attribute-edits'

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()])
const editSchema = z.object({
  field: z.string().check(z.minLength(1)),
  value: scalar,
  baseValue: z.optional(scalar),
  stagedAt: z.number(),
})
const entrySchema = z.object({
  key: z.string().check(z.minLength(1)),
  baseVersion: z.number(),
  edits: z.array(z.unknown()),
})

/** Arrays, not objects keyed by name: a field called `__proto__` survives JSON and parsing untouched. */
export interface PersistedRecordEdits {
  entries: Array<{ key: string; baseVersion: number; edits: FieldEdit[] }>
}

export function toPersisted(state: RecordEditsState): PersistedRecordEdits {
  return {
    entries: Object.keys(state).map((key) => {
      const record = state[key] as RecordEdits
      return { key, baseVersion: record.baseVersion, edits: Object.values(record.edits) }
    }),
  }
}

/** Reads whatever storage held, one entry and one edit at a time: a corrupt edit is dropped alone. */
export function readPersistedRecordEdits(persisted: unknown): RecordEditsState {
  const state = Object.create(null) as Record<string, RecordEdits>
  const parsed = z.object({ entries: z.array(z.unknown()) }).safeParse(persisted)
  if (!parsed.success) return state
  for (const raw of parsed.data.entries) {
    const entry = entrySchema.safeParse(raw)
    if (!entry.success) continue
    const edits = Object.create(null) as Record<string, FieldEdit>
    for (const rawEdit of entry.data.edits) {
      const edit = editSchema.safeParse(rawEdit)
      if (edit.success)
        edits[edit.data.field] = {
          field: edit.data.field,
          value: edit.data.value,
          baseValue: edit.data.baseValue,
          stagedAt: edit.data.stagedAt,
        }
    }
    if (Object.keys(edits).length > 0) state[entry.data.key] = { baseVersion: entry.data.baseVersion, edits }
  }
  return state
}
