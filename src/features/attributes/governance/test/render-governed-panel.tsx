import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { useEffect, useState } from 'react'
import { genesysKeys } from '../../../../genesys/query-keys.ts'
import { markRead, nextReadSequence } from '../../../../genesys/read-freshness.ts'
import { GenesysClientProvider } from '../../../../lib/genesys-client-context.tsx'
import { StagedEditsProvider } from '../../store/staged-edits-provider.tsx'
import { AuditLogProvider } from '../store/audit-log-provider.tsx'
import { conversationId, customerId, type FakeGenesys } from '../../test/fake-genesys.ts'
import { testLimits } from '../../test/render-panel.tsx'
import { GovernedAttributesPanel } from '../components/governed-attributes-panel.tsx'
import { useGovernanceSettings } from '../components/use-governance-settings.ts'
import type { AttributePolicy, AuditSettings } from '../../../../config/attribute-policy-schema.ts'

const permissions = {
  agent: ['conversation:communication:view'],
  supervisor: ['conversation:communication:view', 'conversation:call:monitor'],
}

/** The governed panel as the app mounts it, for a user whose `/users/me` lists the role's permissions. */
export function renderGovernedPanel(
  fake: FakeGenesys,
  options: { policy: AttributePolicy; role: 'agent' | 'supervisor'; audit?: AuditSettings },
) {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity, structuralSharing: false },
      mutations: { retry: false },
    },
  })
  const liveness = { status: 'live' as const }
  queryClient.setQueryData(
    genesysKeys.conversation(conversationId),
    markRead(fake.conversation(), nextReadSequence()),
  )
  const me = {
    id: 'user-1',
    name: `Test ${options.role}`,
    authorization: { roles: [], permissions: permissions[options.role] },
  }
  // A policy that changes while mounted (config reloaded, another role): see `setPolicy` below.
  const control: { setPolicy?: (policy: AttributePolicy) => void } = {}
  function Shell() {
    const [policy, setPolicy] = useState(options.policy)
    useEffect(() => {
      control.setPolicy = setPolicy
    }, [])
    const { data } = useQuery({
      queryKey: genesysKeys.conversation(conversationId),
      queryFn: async () => markRead(await fake.client.getConversation(conversationId), nextReadSequence()),
    })
    const settings = useGovernanceSettings(policy, options.audit, me)
    const participant = data?.participants.find((p) => p.id === customerId)
    if (!data || !participant) return null
    return (
      <GovernedAttributesPanel
        conversation={data}
        participant={participant}
        conversationEnded={false}
        liveness={liveness}
        limits={testLimits}
        settings={settings}
      />
    )
  }
  const view = render(
    <QueryClientProvider client={queryClient}>
      <GenesysClientProvider client={fake.client}>
        <StagedEditsProvider>
          <AuditLogProvider>
            <Shell />
          </AuditLogProvider>
        </StagedEditsProvider>
      </GenesysClientProvider>
    </QueryClientProvider>,
  )
  return {
    ...view,
    setPolicy: (policy: AttributePolicy) => act(() => control.setPolicy?.(policy)),
  }
}

/** Bulk corrections, export and history sit behind the panel's "Tools" button, closed at first. */
export async function openTools(user: { click: (element: Element) => Promise<void> }) {
  await user.click(screen.getByRole('button', { name: 'Tools' }))
}
