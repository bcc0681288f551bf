import { onlineManager, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createQueryClient } from '../../../lib/query-client.ts'
import { RecordEditsProvider } from '../store/record-edits-context.tsx'
import {
  conversationId,
  createFakeApi,
  fakeClient,
  recordId,
  type FakeApi,
} from '../test/fake-custom-attributes-api.ts'
import { ConversationDataSection } from './conversation-data-section.tsx'

function renderSection(api: FakeApi, queryClient = createQueryClient()) {
  return render(
    <QueryClientProvider client={queryClient}>
      <RecordEditsProvider>
        <ConversationDataSection client={fakeClient(api)} conversationId={conversationId} />
      </RecordEditsProvider>
    </QueryClientProvider>,
  )
}

const section = () => screen.getByRole('region', { name: 'Conversation data' })
const patches = (api: FakeApi) => api.calls.filter((c) => c.method === 'PATCH')

describe('ConversationDataSection', () => {
  it('gives each field a typed editor and refuses a letter in a number field by name and rule', async () => {
    const user = userEvent.setup()
    renderSection(createFakeApi())
    const amount = await screen.findByRole('textbox', { name: 'Disputed amount' })
    expect(amount).toHaveValue('129.9')
    expect(screen.getByRole('switch', { name: 'Callback requested' })).not.toBeChecked()
    expect(screen.getByRole('combobox', { name: 'Dispute reason' })).toHaveDisplayValue('Wrong amount')
    expect(screen.getByRole('textbox', { name: /^Campaign code/ })).toHaveValue('SPRING-24')

    await user.type(amount, 'x')
    expect(within(section()).getByRole('alert')).toHaveTextContent(
      'Disputed amount must be a number (digits with one decimal point or comma). Not staged.',
    )
    expect(screen.queryByText(/staged$/)).toBeNull()

    await user.clear(screen.getByRole('textbox', { name: /^Campaign code/ }))
    expect(screen.getByText(/Campaign code is required: it cannot be emptied/)).toHaveAttribute(
      'role',
      'alert',
    )
  })

  it('reviews the diff and commits one PATCH with only the changed fields and the version read', async () => {
    const user = userEvent.setup()
    const api = createFakeApi()
    renderSection(api)
    const amount = await screen.findByRole('textbox', { name: 'Disputed amount' })
    await user.clear(amount)
    await user.type(amount, '64,95')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dispute reason' }), 'Duplicate charge')
    await user.click(screen.getByRole('switch', { name: 'Callback requested' }))
    expect(screen.getByText('3 staged')).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Review conversation data changes' }))
    const review = screen.getByRole('table', { name: 'Conversation data changes' })
    expect(within(review).getByRole('row', { name: /Disputed amount/ })).toHaveTextContent('129.964.95')
    await user.click(screen.getByRole('button', { name: 'Commit conversation data' }))

    expect(await screen.findByText('Saved to the conversation data: 3 fields written.')).toBeVisible()
    expect(patches(api).map((c) => c.body)).toEqual([
      {
        id: recordId,
        version: 1,
        customAttributes: {
          disputedAmount: 64.95,
          disputeReason: 'duplicate-charge',
          callbackRequested: true,
        },
      },
    ])
    expect(await screen.findByRole('heading', { name: /version 2/ })).toBeVisible()
  })

  it('a commit pressed while the browser is offline is not held back and sent later with edits staged since', async () => {
    const user = userEvent.setup()
    const api = createFakeApi()
    renderSection(api)
    const amount = await screen.findByRole('textbox', { name: 'Disputed amount' })
    await user.clear(amount)
    await user.type(amount, '64,95')
    act(() => onlineManager.setOnline(false))
    try {
      await user.click(screen.getByRole('button', { name: 'Review conversation data changes' }))
      await user.click(screen.getByRole('button', { name: 'Commit conversation data' }))
      await user.selectOptions(screen.getByRole('combobox', { name: 'Dispute reason' }), 'Duplicate charge')
    } finally {
      act(() => onlineManager.setOnline(true))
    }
    await waitFor(() => expect(patches(api)).toHaveLength(1))
    expect(patches(api)[0]?.body).toEqual({
      id: recordId,
      version: 1,
      customAttributes: { disputedAmount: 64.95 },
    })
    expect(screen.getByRole('combobox', { name: 'Dispute reason' })).toHaveDisplayValue('Duplicate charge')
    expect(screen.getByText('1 staged')).toBeVisible()
  })

  it('shows both values when the server refuses a stale version, and commits after "take theirs"', async () => {
    const user = userEvent.setup()
    const api = createFakeApi()
    renderSection(api)
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Dispute reason' }),
      'Duplicate charge',
    )
    await user.click(screen.getByRole('switch', { name: 'Callback requested' }))
    api.beforePatch = () => {
      api.record = {
        version: 2,
        customAttributes: { ...api.record.customAttributes, disputeReason: 'fraud' },
      }
    }
    await user.click(screen.getByRole('button', { name: 'Review conversation data changes' }))
    await user.click(screen.getByRole('button', { name: 'Commit conversation data' }))

    const conflict = await screen.findByRole('alert', { name: 'Changed by someone else while you edited' })
    expect(conflict).toHaveTextContent('refused the write')
    expect(conflict).toHaveTextContent('Yours: Duplicate charge')
    expect(conflict).toHaveTextContent('Theirs: Suspected fraud')
    expect(screen.getByRole('button', { name: 'Commit conversation data' })).toBeDisabled()

    await user.click(within(conflict).getByRole('button', { name: 'Take theirs for Dispute reason' }))
    await user.click(screen.getByRole('button', { name: 'Commit conversation data' }))
    expect(await screen.findByText('Saved to the conversation data: 1 field written.')).toBeVisible()
    expect(patches(api).map((c) => c.body)).toEqual([
      {
        id: recordId,
        version: 1,
        customAttributes: { disputeReason: 'duplicate-charge', callbackRequested: true },
      },
      { id: recordId, version: 2, customAttributes: { callbackRequested: true } },
    ])
    expect(api.record.customAttributes).toMatchObject({ disputeReason: 'fraud', callbackRequested: true })
  })

  it('shows a conflict as soon as a refresh brings another writer’s value for a staged field', async () => {
    const user = userEvent.setup()
    const api = createFakeApi()
    const queryClient = createQueryClient()
    renderSection(api, queryClient)
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Dispute reason' }),
      'Duplicate charge',
    )
    api.record = { version: 2, customAttributes: { ...api.record.customAttributes, disputeReason: 'fraud' } }
    await queryClient.refetchQueries()
    const conflict = await screen.findByRole('alert', { name: 'Changed by someone else while you edited' })
    expect(conflict).toHaveTextContent('the record is now version 2')
    expect(conflict).toHaveTextContent('Theirs: Suspected fraud')
    await user.click(within(conflict).getByRole('button', { name: 'Keep mine for Dispute reason' }))
    await user.click(screen.getByRole('button', { name: 'Review conversation data changes' }))
    await user.click(screen.getByRole('button', { name: 'Commit conversation data' }))
    expect(await screen.findByText('Saved to the conversation data: 1 field written.')).toBeVisible()
    expect(patches(api).map((c) => c.body)).toEqual([
      { id: recordId, version: 2, customAttributes: { disputeReason: 'duplicate-charge' } },
    ])
  })

  it('says in one line when the role lacks the view permission', async () => {
    const api = createFakeApi()
    api.listStatus = 403
    renderSection(api)
    expect(
      await within(section()).findByText(/lacks the permission conversation:customAttributes:view/),
    ).toBeVisible()
    expect(within(section()).queryByRole('textbox')).toBeNull()
  })

  it('says in one line when the org has no schemas, and reads no records', async () => {
    const api = createFakeApi()
    api.schemas = []
    renderSection(api)
    expect(await within(section()).findByText(/not set up in this org/)).toBeVisible()
    expect(api.calls.map((c) => c.path)).toEqual(['/api/v2/conversations/customattributes/schemas'])
  })

  it('keeps staged edits across a remount (reload) from sessionStorage', async () => {
    const user = userEvent.setup()
    const api = createFakeApi()
    const first = renderSection(api)
    await user.click(await screen.findByRole('switch', { name: 'Callback requested' }))
    first.unmount()
    renderSection(api)
    expect(await screen.findByRole('switch', { name: 'Callback requested' })).toBeChecked()
    expect(screen.getByText('1 staged')).toBeVisible()
  })

  it('a commit that landed but whose answer was lost under a reload is settled as saved, never sent twice', async () => {
    const user = userEvent.setup()
    const api = createFakeApi()
    const first = renderSection(api)
    const code = await screen.findByRole('textbox', { name: /^Campaign code/ })
    await user.clear(code)
    await user.type(code, 'AGENT-CODE{Enter}')
    await user.click(screen.getByRole('button', { name: 'Review conversation data changes' }))
    api.holdPatchAnswer = true
    await user.click(screen.getByRole('button', { name: 'Commit conversation data' }))
    await waitFor(() => expect(api.record.version).toBe(2))
    first.unmount()

    renderSection(api)
    expect(await screen.findByRole('heading', { name: /version 2/ })).toBeVisible()
    expect(screen.getByRole('textbox', { name: /^Campaign code/ })).toHaveValue('AGENT-CODE')
    expect(screen.queryAllByText(/staged$/)).toEqual([])
    expect(screen.queryByRole('button', { name: 'Review conversation data changes' })).toBeNull()
    expect(
      screen.getByText('Saved ✓ Campaign code. Its answer was lost, but the server shows it.'),
    ).toBeVisible()
    expect(patches(api)).toHaveLength(1)
    expect(api.record.version).toBe(2)
  })

  it('a staged value the server already holds is settled by the next read, and the version stays', async () => {
    const user = userEvent.setup()
    const api = createFakeApi()
    const queryClient = createQueryClient()
    renderSection(api, queryClient)
    await user.click(await screen.findByRole('switch', { name: 'Callback requested' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dispute reason' }), 'Suspected fraud')
    expect(screen.getByText('2 staged')).toBeVisible()
    api.record = { version: 2, customAttributes: { ...api.record.customAttributes, callbackRequested: true } }
    await queryClient.refetchQueries()
    expect(await screen.findByText('1 staged')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Review conversation data changes' }))
    await user.click(screen.getByRole('button', { name: 'Commit conversation data' }))
    expect(await screen.findByText('Saved to the conversation data: 1 field written.')).toBeVisible()
    expect(patches(api).map((c) => c.body)).toEqual([
      { id: recordId, version: 2, customAttributes: { disputeReason: 'fraud' } },
    ])
  })

  it('a commit leaves out a staged field the server holds by the time of its read', async () => {
    const user = userEvent.setup()
    const api = createFakeApi()
    renderSection(api)
    await user.click(await screen.findByRole('switch', { name: 'Callback requested' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dispute reason' }), 'Suspected fraud')
    await user.click(screen.getByRole('button', { name: 'Review conversation data changes' }))
    api.record = { version: 2, customAttributes: { ...api.record.customAttributes, callbackRequested: true } }
    await user.click(screen.getByRole('button', { name: 'Commit conversation data' }))
    expect(await screen.findByText('Saved to the conversation data: 1 field written.')).toBeVisible()
    expect(patches(api).map((c) => c.body)).toEqual([
      { id: recordId, version: 2, customAttributes: { disputeReason: 'fraud' } },
    ])
    expect(api.record.version).toBe(3)
  })
})
