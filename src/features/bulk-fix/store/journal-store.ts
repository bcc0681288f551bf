import { createStore, type StoreApi } from 'zustand/vanilla'
import { sessionStore } from '../../../lib/session-store.ts'
import { journalSchema, type Journal } from '../model/run-journal.ts'
import { journalStorageKey } from './journal-key.ts'

export { journalStorageKey, forgetBulkJournal } from './journal-key.ts'

/*
 * The bulk correction journal of this widget: a thin zustand shell over sessionStorage (the resilient one of
 * src/lib/session-store.ts, in memory where the browser refuses storage). Written synchronously on every change,
 * so a reload finds exactly what was about to be sent.
 */

export interface JournalState {
  readonly journal: Journal | undefined
  readonly save: (journal: Journal) => void
  readonly discard: () => void
}
export type JournalStore = StoreApi<JournalState>

function readStored(storage: Storage): Journal | undefined {
  try {
    const raw = storage.getItem(journalStorageKey)
    if (raw === null) return undefined
    const parsed = journalSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export function createJournalStore(storage: () => Storage = () => sessionStore().storage): JournalStore {
  return createStore<JournalState>()((set) => ({
    journal: readStored(storage()),
    save: (journal) => {
      storage().setItem(journalStorageKey, JSON.stringify(journal))
      set({ journal })
    },
    discard: () => {
      storage().removeItem(journalStorageKey)
      set({ journal: undefined })
    },
  }))
}
