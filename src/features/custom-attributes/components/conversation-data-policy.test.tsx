import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createQueryClient } from '../../../lib/query-client.ts'
import type { FieldAccessOf } from '../model/field-access.ts'
import { RecordEditsProvider } from '../store/record-edits-context.tsx'
import {
  conversationId,
  fakeClient,
  recordId,
  agentPolicy,
  createProtectedFieldsApi,
  type FakeApi,
} from '../test/fake-custom-attributes-api.ts'
import { ConversationDataSection } from './conversation-data-section.tsx'

/*
 * The attribute policy applied to conversation data: rules match a field by its key, as they match participant
 * attribute names. The fake record gains a card number and an internal note, the kind of value an admin hides.
 */

const cardNumber = '4111111111111111'
const internalNote = 'Escalated: VIP, do not offer refunds'

function renderSection(api: FakeApi, accessOf?: FieldAccessOf, queryClient = createQueryClient()) {
  return render(
    <QueryClientProvider client={queryClient}>
      <RecordEditsProvider>
        <ConversationDataSection
          client={fakeClient(api)}
          conversationId={conversationId}
          accessOf={accessOf}
        />
      </RecordEditsProvider>
    </QueryClientProvider>,
  )
}

const pageText = () => document.body.textContent ?? ''
const patches = (api: FakeApi) => api.calls.filter((c) => c.method === 'PATCH')

describe('ConversationDataSection under the attribute policy', () => {
  it('does not render a hidden field at all, and says in one line how many are hidden', async () => {
    renderSection(
      createProtectedFieldsApi({ cardNumber, internalNote }, { cardNumber: 19, internalNote: 60 }),
      agentPolicy,
    )
    await screen.findByRole('textbox', { name: 'Disputed amount' })
    expect(screen.getByText('1 field of this record is hidden by the attribute policy.')).toBeVisible()
    expect(screen.queryByLabelText(/Internal note/)).toBeNull()
    expect(pageText()).not.toContain('Internal note')
    expect(pageText()).not.toContain(internalNote)
    // Nor its length, through a character count.
    expect(pageText()).not.toContain(`${internalNote.length} of 60`)
  })

  it('shows a masked field as a fixed mask, never its value or length, with no editor', async () => {
    renderSection(
      createProtectedFieldsApi({ cardNumber, internalNote }, { cardNumber: 19, internalNote: 60 }),
      agentPolicy,
    )
    const masked = await screen.findByLabelText('Card number')
    expect(masked).toHaveTextContent(/^••••••••$/)
    expect(masked).toHaveAccessibleDescription(
      'Masked by the attribute policy: the value is not shown and cannot be changed here.',
    )
    expect(screen.queryByRole('textbox', { name: /Card number/ })).toBeNull()
    expect(pageText()).not.toContain(cardNumber)
    expect(pageText()).not.toContain('1111')
    expect(pageText()).not.toContain(`${cardNumber.length} of 19`)
  })

  it('disables a read-only field and says the role may not change it', async () => {
    renderSection(
      createProtectedFieldsApi({ cardNumber, internalNote }, { cardNumber: 19, internalNote: 60 }),
      agentPolicy,
    )
    const campaign = await screen.findByRole('textbox', { name: /^Campaign code/ })
    expect(campaign).toBeDisabled()
    expect(campaign).toHaveValue('SPRING-24')
    expect(campaign).toHaveAccessibleDescription(
      /Your role may not change “Campaign code” \(attribute policy\)/,
    )
    expect(screen.getByRole('textbox', { name: 'Disputed amount' })).toBeEnabled()
  })

  it('blocks the commit for a stored edit of a now-hidden field, names it without its value, and sends no PATCH', async () => {
    const user = userEvent.setup()
    const api = createProtectedFieldsApi({ cardNumber, internalNote }, { cardNumber: 19, internalNote: 60 })
    // Staged while the field was editable; kept in sessionStorage across the reload that brings the new policy.
    const before = renderSection(api)
    const note = await screen.findByRole('textbox', { name: 'Internal note' })
    await user.clear(note)
    await user.type(note, 'staged secret')
    await user.click(screen.getByRole('switch', { name: 'Callback requested' }))
    before.unmount()

    renderSection(api, agentPolicy)
    const blocked = await screen.findByText(/Not sent: your role may not change “Internal note”/)
    expect(blocked.closest('[role="alert"]')).not.toBeNull()
    await user.click(screen.getByRole('button', { name: 'Review conversation data changes' }))
    const review = screen.getByRole('table', { name: 'Conversation data changes' })
    expect(within(review).getAllByRole('row')).toHaveLength(2)
    expect(within(review).getByRole('row', { name: /Callback requested/ })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Commit conversation data' })).toBeDisabled()
    expect(pageText()).not.toContain('staged secret')
    expect(pageText()).not.toContain(internalNote)
    expect(patches(api)).toEqual([])

    // Dropping the blocked edit is the way out; the rest then commits without it.
    await user.click(screen.getByRole('button', { name: 'Drop change to Internal note' }))
    await user.click(screen.getByRole('button', { name: 'Commit conversation data' }))
    expect(await screen.findByText('Saved to the conversation data: 1 field written.')).toBeVisible()
    expect(patches(api).map((c) => c.body)).toEqual([
      { id: recordId, version: 1, customAttributes: { callbackRequested: true } },
    ])
    expect(api.record.customAttributes.internalNote).toBe(internalNote)
  })

  it('never shows a masked field’s values in the review or in a conflict with another writer', async () => {
    const user = userEvent.setup()
    const api = createProtectedFieldsApi({ cardNumber, internalNote }, { cardNumber: 19, internalNote: 60 })
    const queryClient = createQueryClient()
    const before = renderSection(api, undefined, queryClient)
    const card = await screen.findByRole('textbox', { name: 'Card number' })
    await user.clear(card)
    await user.type(card, '5500000000000004')
    before.unmount()

    renderSection(api, agentPolicy, queryClient)
    await screen.findByText(/Not sent: your role may not change “Card number”/)
    await user.click(screen.getByRole('button', { name: 'Review conversation data changes' }))
    const review = screen.getByRole('table', { name: 'Conversation data changes' })
    expect(within(review).getByRole('row', { name: /Card number/ })).toHaveTextContent(
      'Card number••••••••••••••••',
    )
    api.record = {
      version: 2,
      customAttributes: { ...api.record.customAttributes, cardNumber: '378282246310005' },
    }
    await queryClient.refetchQueries()
    const conflict = await screen.findByRole('alert', { name: 'Changed by someone else while you edited' })
    expect(conflict).toHaveTextContent('Yours: ••••••••')
    expect(conflict).toHaveTextContent('Theirs: ••••••••')
    for (const value of [cardNumber, '5500000000000004', '378282246310005'])
      expect(pageText()).not.toContain(value)
    expect(screen.getByRole('button', { name: 'Commit conversation data' })).toBeDisabled()
    expect(patches(api)).toEqual([])
  })

  it('without a policy every field is editable, as before', async () => {
    renderSection(
      createProtectedFieldsApi({ cardNumber, internalNote }, { cardNumber: 19, internalNote: 60 }),
    )
    expect(await screen.findByRole('textbox', { name: 'Card number' })).toHaveValue(cardNumber)
    expect(screen.getByRole('textbox', { name: 'Internal note' })).toBeEnabled()
    expect(screen.getByRole('textbox', { name: /^Campaign code/ })).toBeEnabled()
    expect(screen.queryByText(/hidden by the attribute policy/)).toBeNull()
    expect(screen.queryByText(/attribute policy/)).toBeNull()
  })
})
