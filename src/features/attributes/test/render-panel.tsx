import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import { useEffect, useState } from 'react'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import { GenesysClientProvider } from '../../../lib/genesys-client-context.tsx'
import { AttributesPanel } from '../components/attributes-panel.tsx'
import type { LiveStatus } from '../../../genesys/live-status.ts'
import { markRead, nextReadSequence } from '../../../genesys/read-freshness.ts'
import { StagedEditsProvider } from '../store/staged-edits-provider.tsx'
import { conversationId, customerId, type FakeGenesys } from './fake-genesys.ts'

export const testLimits = { maxValueLength: 256, maxNameLength: 64, maxAttributes: 50 }

interface Options {
  liveStatus?: LiveStatus
  conversationEnded?: boolean
  limits?: typeof testLimits
}

/** The panel as the app shell mounts it: a query for the conversation, the client, one staged-edits store. */
export function renderPanel(fake: FakeGenesys, options: Options = {}) {
  const queryClient = new QueryClient({
    defaultOptions: {
      // Structural sharing copies null-prototype attribute maps into `{}` and drops a `__proto__` attribute. The
      // app's query client needs this setting too: the hostile-input test fails without it.
      queries: { retry: false, staleTime: Infinity, structuralSharing: false },
      mutations: { retry: false },
    },
  })
  const status = options.liveStatus ?? 'live'
  // 'live' as the app has it once updates flow: data read (or delivered) after that point counts as current.
  const liveness = { status }
  const read = (conversation: ReturnType<typeof fake.conversation>) =>
    markRead(conversation, nextReadSequence())
  queryClient.setQueryData(genesysKeys.conversation(conversationId), read(fake.conversation()))
  // The panel closed and opened again under the same widget (another participant picked, and this one again).
  const control: { setShown?: (shown: boolean) => void } = {}
  function Shell() {
    const [shown, setShown] = useState(true)
    useEffect(() => {
      control.setShown = setShown
    }, [])
    const { data } = useQuery({
      queryKey: genesysKeys.conversation(conversationId),
      queryFn: async () => read(await fake.client.getConversation(conversationId)),
    })
    const participant = data?.participants.find((p) => p.id === customerId)
    if (!data || !participant || !shown) return null
    return (
      <AttributesPanel
        conversation={data}
        participant={participant}
        conversationEnded={options.conversationEnded ?? false}
        liveness={liveness}
        limits={options.limits ?? testLimits}
      />
    )
  }
  const ui = (
    <QueryClientProvider client={queryClient}>
      <GenesysClientProvider client={fake.client}>
        <StagedEditsProvider>
          <Shell />
        </StagedEditsProvider>
      </GenesysClientProvider>
    </QueryClientProvider>
  )
  const result = render(ui)
  return {
    ...result,
    queryClient,
    /** What the live-update bridge does when the socket delivers a conversation event. */
    deliverLiveUpdate: () =>
      queryClient.setQueryData(genesysKeys.conversation(conversationId), read(fake.conversation())),
    /** Closes or opens the panel while the widget (its staged-edits store and query cache) stays. */
    showPanel: (shown: boolean) => act(() => control.setShown?.(shown)),
  }
}
