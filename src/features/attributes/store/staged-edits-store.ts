import { persist } from 'zustand/middleware'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { listEdits } from '../model/edit-map.ts'
import { reduceEdits } from '../model/reduce-edits.ts'
import { emptyParticipantEdits } from '../model/edit-map.ts'
import type { EditAction, ParticipantEdits } from '../model/staged-edit.ts'
import { persistedEditsVersion, readPersistedEntries, type PersistedEdits } from './persisted-edits.ts'
import { sessionStore } from '../../../lib/session-store.ts'
import { createEditsStorage } from './session-storage.ts'

export interface StagedEditsState {
  /** Edits per `${conversationId}/${participantId}`. */
  readonly byKey: ReadonlyMap<string, ParticipantEdits>
  /** Keys this widget instance changed; only these are written back, so other instances' entries survive. */
  readonly touched: ReadonlySet<string>
  readonly dispatch: (key: string, action: EditAction) => void
}

export type StagedEditsStore = StoreApi<StagedEditsState>

export const defaultEditsStorageName = 'participant-data-widget:staged-edits'

export function participantEditsKey(conversationId: string, participantId: string): string {
  return `${conversationId}/${participantId}`
}

export function selectParticipantEdits(state: StagedEditsState, key: string): ParticipantEdits {
  return state.byKey.get(key) ?? emptyParticipantEdits
}

export interface StagedEditsStoreOptions {
  storageName?: string
  /** Defaults to sessionStorage: a reload or a sign-in redirect keeps the edits, closing the tab ends them. */
  storage?: () => Storage | undefined
}

/** sessionStorage, or the frame's in-memory stand-in where the browser refuses storage to a cross-site frame. */
const defaultStorage = (): Storage | undefined => sessionStore().storage

/** One store per mounted widget (see StagedEditsProvider): a thin shell around the pure reducer. */
export function createStagedEditsStore(options: StagedEditsStoreOptions = {}): StagedEditsStore {
  return createStore<StagedEditsState>()(
    persist(
      (set) => ({
        byKey: new Map(),
        touched: new Set(),
        dispatch: (key, action) =>
          set((state) => {
            const before = selectParticipantEdits(state, key)
            const after = reduceEdits(before, action)
            if (after === before) return state
            const byKey = new Map(state.byKey).set(key, after)
            return {
              byKey,
              touched: state.touched.has(key) ? state.touched : new Set(state.touched).add(key),
            }
          }),
      }),
      {
        name: options.storageName ?? defaultEditsStorageName,
        version: persistedEditsVersion,
        storage: createEditsStorage(options.storage ?? defaultStorage),
        partialize: (state): PersistedEdits => ({
          entries: [...state.touched].map((key) => ({
            key,
            edits: listEdits(selectParticipantEdits(state, key).edits),
          })),
        }),
        // Only one version exists; anything else is from a future or broken build and is dropped, not guessed at.
        migrate: (): PersistedEdits => ({ entries: [] }),
        merge: (persisted, current) => ({ ...current, byKey: readPersistedEntries(persisted) }),
      },
    ),
  )
}
