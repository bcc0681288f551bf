import { createContext, useContext, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { createSelectionStore, type SelectionState, type SelectionStore } from './selection-store.ts'

const SelectionContext = createContext<SelectionStore | null>(null)

/** Mounted once per widget instance by the app shell; the workspace and the finder below share its selection. */
export function SelectionProvider({ children, storage }: { children: ReactNode; storage?: () => Storage }) {
  const [store] = useState(() => createSelectionStore(storage))
  return <SelectionContext.Provider value={store}>{children}</SelectionContext.Provider>
}

export function useSelectionStore(): SelectionStore {
  const store = useContext(SelectionContext)
  if (!store) throw new Error('The conversation workspace must be rendered inside <SelectionProvider>.')
  return store
}

export function useSelection<T>(selector: (state: SelectionState) => T): T {
  return useStore(useSelectionStore(), selector)
}
