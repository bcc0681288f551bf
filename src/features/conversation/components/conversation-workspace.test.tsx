import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { createAttributeMap } from '../../../genesys/attribute-map.ts'
import type { GenesysClient } from '../../../genesys/client.ts'
import { GenesysApiError } from '../../../genesys/errors.ts'
import { conversationSchema, type Conversation } from '../../../genesys/schemas.ts'
import { GenesysClientProvider } from '../../../lib/genesys-client-context.tsx'
import { SelectionProvider } from '../store/selection-provider.tsx'
import {
  ConversationWorkspace,
  type ConversationWorkspaceProps,
  type ParticipantView,
} from './conversation-workspace.tsx'

const agentId = 'user-agent'
const call: Conversation = {
  id: '11111111-1111-4111-8111-111111111111',
  participants: [
    {
      id: 'agent-leg',
      purpose: 'agent',
      name: 'Alex Morgan',
      userId: agentId,
      attributes: createAttributeMap(),
      calls: [{ id: 'c1', state: 'connected' }],
    },
    {
      id: 'customer-leg',
      purpose: 'customer',
      name: 'Maria Schneider',
      attributes: createAttributeMap([['Tier', 'Gold']]),
      calls: [{ id: 'c2', state: 'connected' }],
    },
    {
      id: 'ivr-leg',
      purpose: 'ivr',
      name: 'Main IVR',
      attributes: createAttributeMap(),
      calls: [{ id: 'c3', state: 'disconnected' }],
    },
  ],
}
const message: Conversation = {
  id: '22222222-2222-4222-8222-222222222222',
  participants: [
    {
      id: 'm-customer',
      purpose: 'customer',
      name: 'Kim Lee',
      attributes: createAttributeMap(),
      messages: [{ id: 'm1', state: 'connected' }],
    },
  ],
}

function fakeClient(overrides: Partial<GenesysClient>): GenesysClient {
  const unused = () => Promise.reject(new Error('not used in this test'))
  return {
    apiOrigin: 'https://api.test.invalid',
    getMe: unused,
    listActiveConversations: () => Promise.resolve([]),
    getConversation: unused,
    patchParticipantAttributes: unused,
    createNotificationChannel: unused,
    subscribeToTopics: unused,
    ...overrides,
  }
}

function renderWorkspace(
  client: GenesysClient,
  props: Partial<Pick<ConversationWorkspaceProps, 'launchConversationId' | 'editCountsFor'>> = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const seen: ParticipantView[] = []
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <GenesysClientProvider client={client}>
        <SelectionProvider>{children}</SelectionProvider>
      </GenesysClientProvider>
    </QueryClientProvider>
  )
  render(
    <ConversationWorkspace
      launchConversationId={props.launchConversationId}
      {...(props.editCountsFor ? { editCountsFor: props.editCountsFor } : {})}
      liveness={{ status: 'live' }}
      userId={agentId}
      renderParticipant={(view) => {
        seen.push(view)
        return <p>attributes of {view.participant.id}</p>
      }}
    />,
    { wrapper },
  )
  return { seen }
}

describe('ConversationWorkspace', () => {
  it('says so when the agent has no active conversation, and offers to open one by ID', async () => {
    renderWorkspace(fakeClient({}))
    expect(await screen.findByRole('heading', { name: 'No active conversation' })).toBeVisible()
    expect(screen.getByLabelText('Conversation ID')).toBeInTheDocument()
  })

  it('opens the single active conversation with the customer first', async () => {
    renderWorkspace(
      fakeClient({
        listActiveConversations: () => Promise.resolve([call]),
        getConversation: () => Promise.resolve(call),
      }),
    )
    const tabs = await screen.findAllByRole('tab')
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Customer · Maria Schneider',
      'IVR · Main IVR (disconnected)',
      'Agent · Alex Morgan',
    ])
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tabpanel')).toHaveTextContent('attributes of customer-leg')
    expect(screen.queryByLabelText('Conversation')).not.toBeInTheDocument()
  })

  it('badges a tab with what its toolbar counts as staged, Saving… while a commit is on its way, Not confirmed when in doubt', async () => {
    const counts = new Map([
      ['customer-leg', { staged: 0, sending: 1, inDoubt: 0 }],
      ['ivr-leg', { staged: 2, sending: 1, inDoubt: 0 }],
      ['agent-leg', { staged: 0, sending: 0, inDoubt: 1 }],
    ])
    renderWorkspace(
      fakeClient({
        listActiveConversations: () => Promise.resolve([call]),
        getConversation: () => Promise.resolve(call),
      }),
      {
        editCountsFor: (_id, participantId) =>
          counts.get(participantId) ?? { staged: 0, sending: 0, inDoubt: 0 },
      },
    )
    const tabs = await screen.findAllByRole('tab')
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Customer · Maria SchneiderSaving…',
      'IVR · Main IVR (disconnected)2 staged',
      'Agent · Alex MorganNot confirmed',
    ])
  })

  it('says what Genesys Cloud sent that could not be read, and still shows every readable participant', async () => {
    const odd = conversationSchema.parse({
      id: call.id,
      participants: [
        { id: 'customer-leg', purpose: 'customer', name: null, attributes: { Tier: 'Gold', Score: 7 } },
        { purpose: 'agent', name: 'No id' },
        { id: 'ivr-leg', purpose: 'ivr' },
      ],
    })
    renderWorkspace(
      fakeClient({
        listActiveConversations: () => Promise.resolve([odd]),
        getConversation: () => Promise.resolve(odd),
      }),
    )
    const tabs = await screen.findAllByRole('tab')
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Customer', 'IVR'])
    const notice = screen.getByRole('alert')
    expect(notice).toHaveTextContent('could not be read and are not shown (2)')
    expect(notice).toHaveTextContent('participants[0].attributes.Score')
    expect(notice).toHaveTextContent('participants[1]: has no id')
  })

  it('moves between participants with the arrow keys and remembers the choice', async () => {
    const user = userEvent.setup()
    renderWorkspace(
      fakeClient({
        listActiveConversations: () => Promise.resolve([call]),
        getConversation: () => Promise.resolve(call),
      }),
    )
    const [first] = await screen.findAllByRole('tab')
    first?.focus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'IVR · Main IVR (disconnected)' })).toHaveFocus()
    expect(screen.getByRole('tabpanel')).toHaveTextContent('attributes of ivr-leg')
    expect(JSON.parse(sessionStorage.getItem('pdw.selection') ?? '{}')).toMatchObject({
      state: { participantByConversation: { [call.id]: 'ivr-leg' } },
    })
  })

  it('offers a picker when there are several active conversations', async () => {
    const user = userEvent.setup()
    renderWorkspace(
      fakeClient({
        listActiveConversations: () => Promise.resolve([call, message]),
        getConversation: (id) => Promise.resolve(id === message.id ? message : call),
      }),
    )
    const picker = await screen.findByLabelText('Conversation')
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Maria Schneider (calls)', 'Kim Lee (messages)'])
    await user.selectOptions(picker, message.id)
    expect(await screen.findByRole('tab', { name: 'Customer · Kim Lee' })).toBeVisible()
  })

  it('uses the conversation Genesys launched it for, without listing the others', async () => {
    const listActiveConversations = vi.fn(() => Promise.resolve([call, message]))
    renderWorkspace(
      fakeClient({ listActiveConversations, getConversation: () => Promise.resolve(message) }),
      {
        launchConversationId: message.id,
      },
    )
    expect(await screen.findByRole('tab', { name: 'Customer · Kim Lee' })).toBeVisible()
    expect(listActiveConversations).not.toHaveBeenCalled()
  })

  it('explains a conversation that cannot be found, with a way to retry', async () => {
    const notFound = new GenesysApiError({
      kind: 'not-found',
      method: 'GET',
      path: '/api/v2/conversations/x',
      status: 404,
    })
    renderWorkspace(fakeClient({ getConversation: () => Promise.reject(notFound) }), {
      launchConversationId: message.id,
    })
    expect(await screen.findByRole('alert')).toHaveTextContent(`Conversation ${message.id} was not found`)
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible()
  })

  it('lets a supervisor open any conversation by pasting a link', async () => {
    const user = userEvent.setup()
    const getConversation = vi.fn(() => Promise.resolve(message))
    renderWorkspace(fakeClient({ getConversation }))
    await user.type(
      await screen.findByLabelText('Conversation ID'),
      `https://apps.mypurecloud.com/directory/#/engage/admin/interactions/${message.id}`,
    )
    await user.click(screen.getByRole('button', { name: 'Open' }))
    expect(await screen.findByRole('tab', { name: 'Customer · Kim Lee' })).toBeVisible()
    expect(getConversation).toHaveBeenCalledWith(message.id, expect.anything())
  })

  it('refuses text that holds no conversation ID', async () => {
    const user = userEvent.setup()
    renderWorkspace(fakeClient({}))
    await user.type(await screen.findByLabelText('Conversation ID'), 'not an id')
    await user.click(screen.getByRole('button', { name: 'Open' }))
    expect(screen.getByRole('alert')).toHaveTextContent('That is not a conversation ID')
  })
})
