import { createContext, useContext, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { AuditEntry } from './audit-log.ts'
import {
  createAuditLogStore,
  selectAuditLog,
  type AuditLogState,
  type AuditLogStore,
  type AuditLogStoreOptions,
} from './audit-log-store.ts'

const AuditLogContext = createContext<AuditLogStore | null>(null)

/** Mounted once per widget instance by the app shell; every governed panel below records into it. */
export function AuditLogProvider({ children, ...options }: AuditLogStoreOptions & { children: ReactNode }) {
  const [store] = useState(() => createAuditLogStore(options))
  return <AuditLogContext.Provider value={store}>{children}</AuditLogContext.Provider>
}

export function useAuditLogStore(): AuditLogStore {
  const store = useContext(AuditLogContext)
  if (!store) throw new Error('The governed attributes panel must be rendered inside <AuditLogProvider>.')
  return store
}

export function useAuditLog(conversationId: string): readonly AuditEntry[] {
  return useStore(useAuditLogStore(), (state) => selectAuditLog(state, conversationId))
}

export function useAppendAuditEntry(): AuditLogState['append'] {
  return useStore(useAuditLogStore(), (state) => state.append)
}
