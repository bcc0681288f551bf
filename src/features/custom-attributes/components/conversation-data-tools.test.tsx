import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createQueryClient } from '../../../lib/query-client.ts'
import type { FieldAccessOf } from '../model/field-access.ts'
import type { RecordCommitted } from '../model/record-audit.ts'
import { RecordEditsProvider } from '../store/record-edits-context.tsx'
import {
  conversationId,
  createFakeApi,
  fakeClient,
  recordId,
  agentPolicy,
  createProtectedFieldsApi,
  type FakeApi,
} from '../test/fake-custom-attributes-api.ts'
import { ConversationDataSection } from './conversation-data-section.tsx'

/*
 * Export, bulk corrections and the audit callback of the "Conversation data" section, behind each record's
 * "More" button. The fake record gains a card number (masked for the agent) and an internal note (hidden).
 */

const cardNumber = '4111111111111111'

function renderSection(
  api: FakeApi,
  options: {
    accessOf?: FieldAccessOf
    onRecordCommitted?: (committed: RecordCommitted) => void
  } = {},
) {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <RecordEditsProvider>
        <ConversationDataSection
          client={fakeClient(api)}
          conversationId={conversationId}
          accessOf={options.accessOf}
          onRecordCommitted={options.onRecordCommitted}
          userLabel="Alex Morgan"
        />
      </RecordEditsProvider>
    </QueryClientProvider>,
  )
}

/** What an Export button hands the browser: jsdom has no downloads, so the Blob is taken where it is made. */
function captureDownloads() {
  const files: Blob[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push(blob as Blob)
    return 'blob:test'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  return files
}

const patches = (api: FakeApi) => api.calls.filter((c) => c.method === 'PATCH')
const pageText = () => document.body.textContent ?? ''

async function openMore(user: ReturnType<typeof userEvent.setup>) {
  const more = await screen.findByRole('button', {
    name: 'More for Billing dispute: export, bulk corrections',
  })
  expect(more).toHaveAttribute('aria-expanded', 'false')
  await user.click(more)
  expect(more).toHaveAttribute('aria-expanded', 'true')
}

async function stageBulk(user: ReturnType<typeof userEvent.setup>, text: string) {
  const box = screen.getByRole('textbox', { name: 'Bulk corrections for Billing dispute' })
  await user.clear(box)
  await user.click(box)
  await user.paste(text)
  await user.click(screen.getByRole('button', { name: 'Stage corrections' }))
}

beforeEach(() => sessionStorage.clear())
afterEach(() => vi.restoreAllMocks())

describe('Conversation data: bulk corrections', () => {
  it('keeps export and bulk behind one closed "More" button', async () => {
    renderSection(createFakeApi())
    await screen.findByRole('button', { name: /^More for Billing dispute/ })
    expect(screen.queryByRole('button', { name: /Export/ })).toBeNull()
    expect(screen.queryByRole('textbox', { name: /Bulk corrections/ })).toBeNull()
  })

  it('stages many typed values at once and sends nothing until the commit', async () => {
    const user = userEvent.setup()
    const api = createFakeApi()
    renderSection(api)
    await openMore(user)
    await stageBulk(
      user,
      'field,value\ndisputedAmount,"64,95"\nCallback requested,yes\ndisputeReason,Suspected fraud',
    )
    expect(screen.getByRole('status')).toHaveTextContent('3 changes staged: review them, then commit.')
    expect(screen.getByText('3 staged')).toBeVisible()
    expect(screen.getByRole('textbox', { name: 'Disputed amount' })).toHaveValue('64.95')
    expect(screen.getByRole('switch', { name: 'Callback requested' })).toBeChecked()
    expect(screen.getByRole('combobox', { name: 'Dispute reason' })).toHaveDisplayValue('Suspected fraud')
    expect(patches(api)).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Review conversation data changes' }))
    await user.click(screen.getByRole('button', { name: 'Commit conversation data' }))
    expect(await screen.findByText('Saved to the conversation data: 3 fields written.')).toBeVisible()
    expect(patches(api).map((c) => c.body)).toEqual([
      {
        id: recordId,
        version: 1,
        customAttributes: { disputedAmount: 64.95, callbackRequested: true, disputeReason: 'fraud' },
      },
    ])
  })

  it('names each value that breaks its type with the message typing gives, and stages nothing', async () => {
    const user = userEvent.setup()
    renderSection(createFakeApi())
    await openMore(user)
    await stageBulk(user, 'disputedAmount,12x\ndisputeReason,refund\ncallbackRequested,true\ncampaignCode,')
    const alert = within(screen.getByRole('region', { name: 'Conversation data' })).getByRole('alert')
    expect(alert).toHaveTextContent('Nothing staged: correct these lines first.')
    expect(alert).toHaveTextContent(
      'Line 1: Disputed amount must be a number (digits with one decimal point or comma).',
    )
    expect(alert).toHaveTextContent('Line 2: Dispute reason must be one of the values the schema lists.')
    expect(alert).toHaveTextContent('Line 4: Campaign code is required: it cannot be emptied.')
    expect(screen.queryByText(/\d+ staged$/)).toBeNull()
  })

  it('skips and reports fields the policy does not let the user write, and unknown fields', async () => {
    const user = userEvent.setup()
    const api = createProtectedFieldsApi({ cardNumber, internalNote: '=not for agents' })
    renderSection(api, { accessOf: agentPolicy })
    await openMore(user)
    await stageBulk(
      user,
      '{"campaignCode": "NEW", "cardNumber": "5500000000000004", "internalNote": "x", "disputedAmount": 10, "nope": 1}',
    )
    const report = screen.getByRole('alert')
    expect(report).toHaveTextContent('1 change staged: review it, then commit.')
    expect(report).toHaveTextContent(
      'Skipped, line 1: your role may not change “Campaign code” (attribute policy).',
    )
    expect(report).toHaveTextContent(
      'Skipped, line 2: your role may not change “Card number” (attribute policy).',
    )
    // A hidden field does not exist for this user: reported like any unknown name, never by its title.
    expect(report).toHaveTextContent('Skipped, line 3: “internalNote” is not a field of this record.')
    expect(report).toHaveTextContent('Skipped, line 5: “nope” is not a field of this record.')
    expect(pageText()).not.toContain('Internal note')
    expect(screen.getByText('1 staged')).toBeVisible()
    expect(screen.getByRole('textbox', { name: 'Disputed amount' })).toHaveValue('10')
    expect(patches(api)).toEqual([])
  })

  it.each([
    ['CSV', 'Export Billing dispute as CSV'],
    ['JSON', 'Export Billing dispute as JSON'],
  ])('stages nothing when importing its own %s export', async (_format, button) => {
    const user = userEvent.setup()
    const files = captureDownloads()
    renderSection(createProtectedFieldsApi({ cardNumber, internalNote: '=not for agents' }), {
      accessOf: agentPolicy,
    })
    await openMore(user)
    await user.click(screen.getByRole('button', { name: button }))
    const exported = await (files[0] as Blob).text()
    expect(exported).toContain('••••••••')
    expect(exported).not.toContain(cardNumber)
    expect(exported).not.toContain('internalNote')

    await stageBulk(user, exported)
    const result = screen.getByText('Nothing to stage: the record already holds these values.')
    expect(result.closest('[role="status"]')).toHaveTextContent('1 masked value (dots) left as it is.')
    expect(screen.queryByText(/\d+ staged$/)).toBeNull()
  })
})

describe('Conversation data: audit of commits', () => {
  it('hands each landed commit to the app as an audit entry: who, the record title, old and new values', async () => {
    const user = userEvent.setup()
    const onRecordCommitted = vi.fn<(committed: RecordCommitted) => void>()
    renderSection(createProtectedFieldsApi({ cardNumber, internalNote: '=not for agents' }), {
      accessOf: agentPolicy,
      onRecordCommitted,
    })
    await openMore(user)
    await stageBulk(user, 'disputedAmount,64.95\ncallbackRequested,true')
    await user.click(screen.getByRole('button', { name: 'Review conversation data changes' }))
    await user.click(screen.getByRole('button', { name: 'Commit conversation data' }))
    await screen.findByText('Saved to the conversation data: 2 fields written.')
    expect(onRecordCommitted.mock.calls).toEqual([
      [
        {
          at: expect.any(Number) as number,
          by: 'Alex Morgan',
          participantId: recordId,
          participantLabel: 'Billing dispute',
          subject: 'conversation-data',
          changes: [
            { name: 'disputedAmount', oldValue: '129.9', newValue: '64.95', masked: false },
            { name: 'callbackRequested', oldValue: 'false', newValue: 'true', masked: false },
          ],
        },
      ],
    ])
  })

  it('records masked values as dots when the policy masks a field by the time the commit lands', async () => {
    const user = userEvent.setup()
    const api = createProtectedFieldsApi({ cardNumber, internalNote: '=not for agents' })
    // The role is "agent" until /users/me answers: the policy in force can change while a commit is on its way.
    let current: FieldAccessOf = () => 'editable'
    const onRecordCommitted = vi.fn<(committed: RecordCommitted) => void>()
    renderSection(api, { accessOf: (name) => current(name), onRecordCommitted })
    await openMore(user)
    await stageBulk(user, 'cardNumber,5500000000000004\ndisputedAmount,1')
    api.beforePatch = () => {
      current = agentPolicy
    }
    await user.click(screen.getByRole('button', { name: 'Review conversation data changes' }))
    await user.click(screen.getByRole('button', { name: 'Commit conversation data' }))
    await screen.findByText('Saved to the conversation data: 2 fields written.')
    expect(onRecordCommitted).toHaveBeenCalledTimes(1)
    const [committed] = onRecordCommitted.mock.calls[0] ?? []
    expect(committed?.changes).toEqual([
      { name: 'cardNumber', oldValue: '••••••••', newValue: '••••••••', masked: true },
      { name: 'disputedAmount', oldValue: '129.9', newValue: '1', masked: false },
    ])
    expect(JSON.stringify(committed)).not.toContain('4111')
    expect(JSON.stringify(committed)).not.toContain('5500')
  })

  it('is not called when a commit is refused', async () => {
    const user = userEvent.setup()
    const api = createFakeApi()
    const onRecordCommitted = vi.fn()
    renderSection(api, { onRecordCommitted })
    await openMore(user)
    await stageBulk(user, 'disputedAmount,1')
    api.beforePatch = () => {
      api.record = { version: 2, customAttributes: { ...api.record.customAttributes, disputedAmount: 7 } }
    }
    await user.click(screen.getByRole('button', { name: 'Review conversation data changes' }))
    await user.click(screen.getByRole('button', { name: 'Commit conversation data' }))
    await screen.findByRole('alert', { name: 'Changed by someone else while you edited' })
    expect(onRecordCommitted).not.toHaveBeenCalled()
  })
})
