import { useSyncExternalStore } from 'react'
import { readAuditLog, subscribeAuditLog, type AuditEntry } from '../store/audit-log.ts'

export function useAuditLog(conversationId: string): readonly AuditEntry[] {
  return useSyncExternalStore(subscribeAuditLog, () => readAuditLog(conversationId))
}
