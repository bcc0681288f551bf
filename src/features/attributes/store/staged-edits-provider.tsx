import { useQueryClient } from '@tanstack/react-query'
import { createContext, useCallback, useContext, useLayoutEffect, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { reconcileServerSnapshots } from '../api/reconcile-server-snapshots.ts'
import type { EditAction, ParticipantEdits } from '../model/staged-edit.ts'
import {
  createStagedEditsStore,
  selectParticipantEdits,
  type StagedEditsStore,
  type StagedEditsStoreOptions,
} from './staged-edits-store.ts'

const StagedEditsContext = createContext<StagedEditsStore | null>(null)

/**
 * Mounted once per widget instance by the app shell, inside the QueryClientProvider; every AttributesPanel below
 * shares its staged edits. The server data the query cache receives reaches them from here, for as long as the
 * widget lives (decision 0029).
 */
export function StagedEditsProvider({
  children,
  ...options
}: StagedEditsStoreOptions & { children: ReactNode }) {
  const [store] = useState(() => createStagedEditsStore(options))
  const queryClient = useQueryClient()
  // Before paint: a new token may be someone else's, so the last user's edits leave the screen at once.
  const { tokenTag } = options
  useLayoutEffect(() => store.getState().tokenChanged(tokenTag), [store, tokenTag])
  // Before the panels' effects, which look at the writes still waiting: what the cache already shows settles first.
  useLayoutEffect(() => reconcileServerSnapshots(queryClient, store), [queryClient, store])
  return <StagedEditsContext.Provider value={store}>{children}</StagedEditsContext.Provider>
}

export function useStagedEditsStore(): StagedEditsStore {
  const store = useContext(StagedEditsContext)
  if (!store) throw new Error('AttributesPanel must be rendered inside <StagedEditsProvider>.')
  return store
}

export function useParticipantEdits(key: string): ParticipantEdits {
  return useStore(useStagedEditsStore(), (state) => selectParticipantEdits(state, key))
}

/** False until `users/me` has named the user whose token this is: nothing is committed before (decision 0032). */
export function useEditsOwnerKnown(): boolean {
  return useStore(useStagedEditsStore(), (state) => state.owner !== undefined || state.tokenTag === undefined)
}

export function useEditDispatch(key: string): (action: EditAction) => void {
  const dispatch = useStore(useStagedEditsStore(), (state) => state.dispatch)
  return useCallback((action: EditAction) => dispatch(key, action), [dispatch, key])
}
