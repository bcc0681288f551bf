import { createContext, useCallback, useContext, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { EditAction, ParticipantEdits } from '../model/staged-edit.ts'
import {
  createStagedEditsStore,
  selectParticipantEdits,
  type StagedEditsStore,
  type StagedEditsStoreOptions,
} from './staged-edits-store.ts'

const StagedEditsContext = createContext<StagedEditsStore | null>(null)

/** Mounted once per widget instance by the app shell; every AttributesPanel below shares its staged edits. */
export function StagedEditsProvider({
  children,
  ...options
}: StagedEditsStoreOptions & { children: ReactNode }) {
  const [store] = useState(() => createStagedEditsStore(options))
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

export function useEditDispatch(key: string): (action: EditAction) => void {
  const dispatch = useStore(useStagedEditsStore(), (state) => state.dispatch)
  return useCallback((action: EditAction) => dispatch(key, action), [dispatch, key])
}
