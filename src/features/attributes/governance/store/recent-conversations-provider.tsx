import { createContext, useContext, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import {
  createRecentConversationsStore,
  type RecentAction,
  type RecentConversation,
  type RecentConversationsStore,
} from './recent-conversations.ts'

const RecentContext = createContext<RecentConversationsStore | null>(null)

/** One recent list per mounted widget; the app shell mounts it around the signed-in workspace. */
export function RecentConversationsProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createRecentConversationsStore())
  return <RecentContext.Provider value={store}>{children}</RecentContext.Provider>
}

function useRecentStore(): RecentConversationsStore {
  const store = useContext(RecentContext)
  if (!store) throw new Error('The recent list must be rendered inside <RecentConversationsProvider>.')
  return store
}

export function useRecentConversations(): readonly RecentConversation[] {
  return useStore(useRecentStore(), (state) => state.recent)
}

export function useRecentDispatch(): (action: RecentAction) => void {
  return useStore(useRecentStore(), (state) => state.dispatch)
}
