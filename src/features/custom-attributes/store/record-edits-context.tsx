import { createContext, useContext, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import type { RecordEdits } from '../model/record-edits.ts'
import { createRecordEditsStore, type RecordEditsStore } from './record-edits-store.ts'

const RecordEditsContext = createContext<StoreApi<RecordEditsStore> | null>(null)

/** One store per mounted section (not a page-wide singleton): two widgets on a page keep their own state. */
export function RecordEditsProvider({
  children,
  storage,
}: {
  children: ReactNode
  storage?: () => Storage | undefined
}) {
  const [store] = useState(() => createRecordEditsStore(storage))
  return <RecordEditsContext.Provider value={store}>{children}</RecordEditsContext.Provider>
}

export function useRecordEditsStore(): StoreApi<RecordEditsStore> {
  const store = useContext(RecordEditsContext)
  if (!store) throw new Error('useRecordEditsStore must be used inside <RecordEditsProvider>.')
  return store
}

export function useRecordEdits(key: string): RecordEdits | undefined {
  return useStore(useRecordEditsStore(), (state) =>
    Object.hasOwn(state.edits, key) ? state.edits[key] : undefined,
  )
}
