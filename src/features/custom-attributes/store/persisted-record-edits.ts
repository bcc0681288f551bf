import * as z from 'zod/mini'
import type { FieldValue } from '../../../genesys/custom-attribute-fields.ts'
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
  // Optional, so entries stored before it existed still read (no version bump): absent, nothing is on its way.
  sending: z.optional(
    z.object({
      version: z.number(),
      values: z.array(z.object({ field: z.string().check(z.minLength(1)), value: scalar })),
    }),
  ),
})

/** Arrays, not objects keyed by name: a field called `__proto__` survives JSON and parsing untouched. */
export interface PersistedRecordEdits {
  entries: Array<{
    key: string
    baseVersion: number
    edits: FieldEdit[]
    sending?: { version: number; values: Array<{ field: string; value: FieldValue }> }
  }>
}

export function toPersisted(state: RecordEditsState): PersistedRecordEdits {
  return {
    entries: Object.keys(state).map((key) => {
      const record = state[key] as RecordEdits
      const sending = record.sending
      return {
        key,
        baseVersion: record.baseVersion,
        edits: Object.values(record.edits),
        ...(sending && {
          sending: {
            version: sending.version,
            values: Object.keys(sending.values).map((field) => ({
              field,
              value: sending.values[field] ?? null,
            })),
          },
        }),
      }
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
    if (Object.keys(edits).length === 0) continue
    const sending = entry.data.sending
    const values = Object.create(null) as Record<string, FieldValue>
    for (const { field, value } of sending?.values ?? []) values[field] = value
    state[entry.data.key] = {
      baseVersion: entry.data.baseVersion,
      edits,
      ...(sending && { sending: { version: sending.version, values } }),
    }
  }
  return state
}
