import { useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { RuntimeConfig } from '../config/resolve-runtime-config.ts'
import { useAuth, useAuthContext } from '../features/auth/components/auth-provider.tsx'
import { conversationQueries } from '../features/conversation/api/conversation-queries.ts'
import { ConversationDataOnDemand } from '../features/custom-attributes/components/conversation-data-on-demand.tsx'
import { useAppendAuditEntry } from '../features/attributes/governance/store/audit-log-provider.tsx'
import { ConversationWorkspace } from '../features/conversation/components/conversation-workspace.tsx'
import { useLiveConversations } from '../features/conversation/live/use-live-conversations.ts'
import { useSelection } from '../features/conversation/store/selection-provider.tsx'
import { GovernedAttributesPanel } from '../features/attributes/governance/components/governed-attributes-panel.tsx'
import {
  RecentConversationsProvider,
  useRecentConversations,
  useRecentDispatch,
} from '../features/attributes/governance/store/recent-conversations-provider.tsx'
import { ToolsDisclosureProvider } from '../features/attributes/governance/store/tools-disclosure.tsx'
import { ConversationFinderOnDemand } from '../features/find-conversations/components/conversation-finder-on-demand.tsx'
import type { RecentConversation } from '../features/attributes/governance/store/recent-conversations.ts'
import { useGovernanceSettings } from '../features/attributes/governance/components/use-governance-settings.ts'
import { accessOfRole } from '../features/attributes/bulk-correction-seam.ts'
import { BulkFixOnDemand } from '../features/bulk-fix/components/bulk-fix-on-demand.tsx'
import type { BulkTarget } from '../features/bulk-fix/components/bulk-fix.tsx'
import { PlatformRecordOnDemand } from '../features/platform-record/components/platform-record-on-demand.tsx'
import { createRateBudgetHolder, type RateBudgetHolder } from '../features/bulk-fix/run/rate-budget-holder.ts'
import { tokenStorageKey } from '../features/auth/public.ts'
import { createGenesysClient } from '../genesys/client.ts'
import { sessionStore } from '../lib/session-store.ts'
import { fetchWithEarlyRead, rememberEarlyReadHint } from './early-read/early-read.ts'
import { createRequester, type Requester } from '../genesys/request.ts'
import { GenesysClientProvider, useGenesysClient } from '../lib/genesys-client-context.tsx'
import { FeatureBoundary } from './feature-boundary.tsx'
import { useStagedEditsOwner } from './staged-edits-owner.ts'
import { UserUnknownNotice } from './user-unknown-notice.tsx'
import { useEditCountsFor, useUnsavedConversationIds } from './staged-counts.ts'

/**
 * Everything behind the sign-in gate: one Genesys client per session (its token comes from the auth session on
 * every request, so a renewal needs no new client), the live-update socket, and the workspace.
 */
export function SignedInWorkspace({ config }: { config: RuntimeConfig }) {
  const { session } = useAuthContext()
  // One request budget per session, fed by every answer's inin-ratelimit-* headers, the widget's own calls too.
  const [rateBudget] = useState(createRateBudgetHolder)
  const client = useMemo(
    () =>
      createGenesysClient({
        apiOrigin: config.region.apiOrigin,
        // An empty token earns a 401, which leads to reauthenticate: one path for "no token" and "token refused".
        getAccessToken: () => session.getAccessToken() ?? '',
        onUnauthorized: () => session.reauthenticate(),
        onRateLimitInfo: (info) => rateBudget.observe(info),
        // The conversation read index.html may have started already (decision 0030).
        fetch: fetchWithEarlyRead(window, sessionStore(window).storage, (input, init) => fetch(input, init)),
      }),
    [config.region.apiOrigin, session, rateBudget],
  )
  // Tells the next frame of this tab where to send its early read; written once the session is signed in.
  useEffect(() => {
    const { storage, persistent } = sessionStore(window)
    if (!persistent) return
    rememberEarlyReadHint(storage, {
      apiOrigin: config.region.apiOrigin,
      tokenKey: tokenStorageKey(config.clientId, config.region.loginOrigin),
    })
  }, [config.region.apiOrigin, config.clientId, config.region.loginOrigin])
  // The supervisor tools' endpoints (search, analytics) are not on the widget's client: same origin and token.
  const supervisorRequest = useMemo(
    () =>
      createRequester({
        apiOrigin: config.region.apiOrigin,
        getAccessToken: () => session.getAccessToken() ?? '',
        onUnauthorized: () => session.reauthenticate(),
        onRateLimitInfo: (info) => rateBudget.observe(info),
      }),
    [config.region.apiOrigin, session, rateBudget],
  )
  return (
    <GenesysClientProvider client={client}>
      <RecentConversationsProvider>
        <ToolsDisclosureProvider>
          <LiveWorkspace config={config} supervisorRequest={supervisorRequest} rateBudget={rateBudget} />
        </ToolsDisclosureProvider>
      </RecentConversationsProvider>
    </GenesysClientProvider>
  )
}

function LiveWorkspace({
  config,
  supervisorRequest,
  rateBudget,
}: {
  config: RuntimeConfig
  supervisorRequest: Requester
  rateBudget: RateBudgetHolder
}) {
  const client = useGenesysClient()
  const me = useQuery(conversationQueries.me(client))
  useStagedEditsOwner(me, useAuth().tokenTag)
  const liveness = useLiveConversations(client, me.data?.id)
  const editCountsFor = useEditCountsFor()
  const unsavedConversationIds = useUnsavedConversationIds()
  const governance = useGovernanceSettings(config.policy, config.audit, me.data)
  const chosenId = useSelection((state) => state.conversationId)
  const chooseConversation = useSelection((state) => state.chooseConversation)
  const launchId = config.launch.conversationId
  const recent = useRecentConversations()
  const recentDispatch = useRecentDispatch()
  const remember = useCallback(
    (entry: RecentConversation) => recentDispatch({ type: 'remember', entry }),
    [recentDispatch],
  )
  // Same cache entry as the workspace's own read: no extra request; data only once the conversation was found.
  const [bulkTargets, setBulkTargets] = useState<readonly BulkTarget[]>([])
  const isSupervisor = governance.role === 'supervisor'
  // The signed-in user's access by name, whatever the role: the participant table, the bulk fix and the
  // conversation data all follow the one policy.
  const userAccess = useMemo(
    () => accessOfRole(governance.policy, governance.role),
    [governance.policy, governance.role],
  )
  // Conversation data commits go into the same history as participant commits (one list per conversation, shown
  // by the supervisor tools); the section builds the entry, values masked, so the entry chunk stays as it was.
  const appendAuditEntry = useAppendAuditEntry()
  const chosen = useQuery({
    ...conversationQueries.detail(client, chosenId ?? '', { pollMs: false }),
    enabled: chosenId !== null,
  })
  return (
    <>
      <UserUnknownNotice me={me} />
      <FeatureBoundary>
        <ConversationWorkspace
          launchConversationId={config.launch.conversationId}
          // Live updates start once the user is known; until then the notice above says why they wait.
          liveness={me.isError && !me.data ? { status: 'connecting' } : liveness}
          userId={me.data?.id}
          editCountsFor={editCountsFor}
          unsavedConversationIds={unsavedConversationIds}
          renderParticipant={(view) => (
            <>
              <FeatureBoundary key={`${view.conversation.id}/${view.participant.id}`}>
                <GovernedAttributesPanel
                  conversation={view.conversation}
                  participant={view.participant}
                  conversationEnded={view.conversationEnded}
                  liveness={view.liveness}
                  coveredByLiveUpdates={view.coveredByLiveUpdates}
                  limits={config.limits}
                  orderSettings={config.attributeOrder}
                  settings={governance}
                />
              </FeatureBoundary>
              {isSupervisor ? (
                <FeatureBoundary key={`record/${view.conversation.id}/${view.participant.id}`}>
                  <PlatformRecordOnDemand
                    request={supervisorRequest}
                    conversation={view.conversation}
                    participant={view.participant}
                    participantLabel={view.participant.name || view.participant.purpose}
                    ended={view.conversationEnded}
                  />
                </FeatureBoundary>
              ) : null}
              {/* Keyed by conversation only: switching participant tabs keeps the section as it is. */}
              <FeatureBoundary key={view.conversation.id}>
                <ConversationDataOnDemand
                  conversationId={view.conversation.id}
                  accessOf={userAccess}
                  exportMasked={governance.policy.exportMasked}
                  userLabel={governance.userLabel}
                  onRecordCommitted={(entry) => appendAuditEntry(view.conversation.id, entry)}
                />
              </FeatureBoundary>
            </>
          )}
        />
      </FeatureBoundary>
      {/* Embedded per interaction, the launch decides the conversation: a list to switch would mislead. */}
      {launchId ? null : (
        <FeatureBoundary>
          <ConversationFinderOnDemand
            request={supervisorRequest}
            currentConversation={chosenId !== null ? chosen.data : undefined}
            currentId={chosenId ?? undefined}
            recent={recent}
            remember={remember}
            onOpen={chooseConversation}
            canSearch={isSupervisor}
            onCorrectAll={setBulkTargets}
          />
        </FeatureBoundary>
      )}
      {launchId || !isSupervisor ? null : (
        <FeatureBoundary>
          <BulkFixOnDemand
            key={bulkTargets.length}
            request={supervisorRequest}
            budgets={rateBudget}
            accessOf={userAccess}
            targets={bulkTargets}
          />
        </FeatureBoundary>
      )}
    </>
  )
}
