import * as z from 'zod/mini'
import { sessionStore } from '../../../../lib/session-store.ts'

const recentSchema = z.array(
  z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)), openedAt: z.number() }),
)
export type RecentConversation = z.infer<typeof recentSchema>[number]

const storageKey = 'pdw.recent-conversations'
/** A supervisor's working set during a shift; more would be a search feature, not a list. */
export const keptRecent = 10
const listeners = new Set<() => void>()
let cached: { raw: string | null; list: readonly RecentConversation[] } = { raw: null, list: [] }

export function readRecentConversations(): readonly RecentConversation[] {
  const raw = sessionStore().storage.getItem(storageKey)
  if (raw === cached.raw) return cached.list
  let list: readonly RecentConversation[] = []
  try {
    const parsed = recentSchema.safeParse(JSON.parse(raw ?? '[]'))
    if (parsed.success) list = parsed.data
  } catch {
    list = []
  }
  cached = { raw, list }
  return list
}

/** Most recent first, each conversation once. */
export function rememberConversation(id: string, at: number): void {
  const current = readRecentConversations()
  if (current[0]?.id === id) return
  const next = [{ id, openedAt: at }, ...current.filter((entry) => entry.id !== id)].slice(0, keptRecent)
  sessionStore().storage.setItem(storageKey, JSON.stringify(next))
  for (const listener of listeners) listener()
}

export function subscribeRecentConversations(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Sign-out: the next user of this tab must not see whom the last one looked at. */
export function forgetRecentConversations(): void {
  sessionStore().storage.removeItem(storageKey)
  for (const listener of listeners) listener()
}
