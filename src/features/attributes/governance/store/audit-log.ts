import * as z from 'zod/mini'
import { sessionStore } from '../../../../lib/session-store.ts'

const changeSchema = z.object({
  name: z.string(),
  oldValue: z.optional(z.string()),
  newValue: z.string(),
  masked: z.boolean(),
})

const entrySchema = z.object({
  at: z.number(),
  by: z.string(),
  participantId: z.string(),
  participantLabel: z.string(),
  changes: z.array(changeSchema),
})
export type AuditEntry = z.infer<typeof entrySchema>
export type AuditChange = z.infer<typeof changeSchema>

const entriesSchema = z.array(entrySchema)
/** Enough for a long shift; older entries fall off so sessionStorage never fills up. */
const keptEntries = 200
/**
 * And never more than this many characters per conversation: two bulk corrections of long values could otherwise
 * fill the storage that the staged edits need. The oldest entries go first; the newest is always kept.
 */
export const keptAuditCharacters = 200_000
const keyOf = (conversationId: string) => `pdw.audit.${conversationId}`
const listeners = new Set<() => void>()
const cache = new Map<string, { raw: string | null; entries: readonly AuditEntry[] }>()
const none: readonly AuditEntry[] = []

/**
 * Commits made in this browser session, per conversation, newest first. Values arrive already masked where the
 * policy masks them (see recordCommit), so storage never holds a value the user was not allowed to see.
 * Entries are stable per stored text so that useSyncExternalStore sees no change where there is none.
 */
export function readAuditLog(conversationId: string): readonly AuditEntry[] {
  const raw = sessionStore().storage.getItem(keyOf(conversationId))
  const known = cache.get(conversationId)
  if (known && known.raw === raw) return known.entries
  let entries = none
  if (raw !== null) {
    try {
      const parsed = entriesSchema.safeParse(JSON.parse(raw))
      if (parsed.success) entries = parsed.data
    } catch {
      entries = none
    }
  }
  cache.set(conversationId, { raw, entries })
  return entries
}

export function appendAuditEntry(conversationId: string, entry: AuditEntry): void {
  const entries = [entry, ...readAuditLog(conversationId)].slice(0, keptEntries)
  let text = JSON.stringify(entries)
  while (text.length > keptAuditCharacters && entries.length > 1) {
    entries.pop()
    text = JSON.stringify(entries)
  }
  sessionStore().storage.setItem(keyOf(conversationId), text)
  for (const listener of listeners) listener()
}

export function subscribeAuditLog(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Sign-out: this tab's commit history belongs to the user who signed out. */
export function forgetAuditLogs(): void {
  const { storage } = sessionStore()
  const keys: string[] = []
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index)
    if (key?.startsWith('pdw.audit.')) keys.push(key)
  }
  for (const key of keys) storage.removeItem(key)
  cache.clear()
  for (const listener of listeners) listener()
}
