import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useStagedEditsStore } from '../features/attributes/store/staged-edits-provider.tsx'
import { useAuth, useAuthContext } from '../features/auth/components/auth-provider.tsx'
import { useSelectionStore } from '../features/conversation/store/selection-provider.tsx'
import { useAuditLogStore } from '../features/attributes/governance/store/audit-log-provider.tsx'
import { forgetRecentConversations } from '../features/attributes/governance/store/recent-conversations.ts'
import { forgetBulkJournal } from '../features/bulk-fix/store/journal-key.ts'

/**
 * After a sign-out (here, or in another frame of the tab: the session tells every frame), nothing of the user who
 * left stays for the next one: staged edits, every cached response (their `users/me` and role among them), the
 * commit history, the recent list and the screen they were on. An expiry is not a sign-out: the session keeps
 * `hadSession`, and everything stays for the same user's renewal.
 */
export function useForgetOnSignOut(): void {
  const { hadSession } = useAuth()
  const { session } = useAuthContext()
  const queryClient = useQueryClient()
  const stagedEdits = useStagedEditsStore()
  const selection = useSelectionStore()
  const auditLog = useAuditLogStore()
  const wasSignedIn = useRef(hadSession)
  useEffect(() => {
    if (wasSignedIn.current && !hadSession) {
      stagedEdits.getState().clearAll()
      queryClient.clear()
      auditLog.getState().forgetAll()
      forgetRecentConversations()
      forgetBulkJournal()
      selection.getState().forgetSelection()
      // Only now, with nothing of theirs left in this tab: the Genesys login session goes too (decision 0022).
      session.endLoginSession?.()
    }
    wasSignedIn.current = hadSession
  }, [hadSession, queryClient, stagedEdits, selection, auditLog, session])
}
