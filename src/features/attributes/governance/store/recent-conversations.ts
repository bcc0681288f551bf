import * as z from 'zod/mini'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { sessionStore } from '../../../../lib/session-store.ts'

/*
 * Conversations a supervisor opened in this browser session, each with the label a person recognises it by
 * (customer, media, queue, agent, start, state). Only conversations that were found are added: the caller
 * remembers one once it has loaded, never an id that was merely typed. One store per mounted widget (like the
 * staged edits): a pure reducer, a thin zustand shell, sessionStorage for reloads.
 */

const text = z.optional(z.string().check(z.maxLength(500)))
const labelSchema = z.object({
  customer: text,
  media: text,
  queue: text,
  agent: text,
  startTime: text,
  ended: z.boolean(),
})
const entrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  openedAt: z.number(),
  label: labelSchema,
})
const listSchema = z.array(entrySchema)
export type RecentConversation = z.infer<typeof entrySchema>
export type RecentLabel = RecentConversation['label']

const storageKey = 'pdw.recent-conversations.v2'
/** A supervisor's working set during a shift; more would be a search, not a list. */
export const keptRecent = 10

export type RecentAction = { type: 'remember'; entry: RecentConversation } | { type: 'forget' }

/** Most recent first, each conversation once; a second visit refreshes its label and moves it up. */
export function reduceRecent(
  list: readonly RecentConversation[],
  action: RecentAction,
): readonly RecentConversation[] {
  if (action.type === 'forget') return []
  const { entry } = action
  const first = list[0]
  if (first?.id === entry.id && sameLabel(first.label, entry.label)) return list
  return [entry, ...list.filter((e) => e.id !== entry.id)].slice(0, keptRecent)
}

function sameLabel(a: RecentLabel, b: RecentLabel): boolean {
  return (
    a.customer === b.customer &&
    a.media === b.media &&
    a.queue === b.queue &&
    a.agent === b.agent &&
    a.startTime === b.startTime &&
    a.ended === b.ended
  )
}

function readStored(storage: Storage | undefined): readonly RecentConversation[] {
  try {
    const parsed = listSchema.safeParse(JSON.parse(storage?.getItem(storageKey) ?? '[]'))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

export interface RecentConversationsState {
  readonly recent: readonly RecentConversation[]
  readonly dispatch: (action: RecentAction) => void
}
export type RecentConversationsStore = StoreApi<RecentConversationsState>

export function createRecentConversationsStore(
  storage: () => Storage | undefined = () => sessionStore().storage,
): RecentConversationsStore {
  return createStore<RecentConversationsState>()((set, get) => ({
    recent: readStored(storage()),
    dispatch: (action) => {
      const next = reduceRecent(get().recent, action)
      if (next === get().recent) return
      set({ recent: next })
      if (next.length === 0) storage()?.removeItem(storageKey)
      else storage()?.setItem(storageKey, JSON.stringify(next))
    },
  }))
}

/** Sign-out: the next user of this tab must not see whom the last one looked at (the store goes with the workspace). */
export function forgetRecentConversations(): void {
  sessionStore().storage.removeItem(storageKey)
  sessionStore().storage.removeItem('pdw.recent-conversations')
}
