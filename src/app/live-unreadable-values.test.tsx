import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { readConversationEvent } from '../genesys/event-schemas.ts'
import { applyConversationEvent } from '../features/conversation/live/apply-conversation-event.ts'
import { conversationId, createFakeGenesys, customerId } from '../features/attributes/test/fake-genesys.ts'
import { renderPanel } from '../features/attributes/test/render-panel.tsx'

// Composed here: the event is merged by the conversation feature and shown by the attributes panel.

/** A conversations-topic event as the socket delivers it, read by the same reader the app uses. */
function liveEvent(attributes: Record<string, unknown>) {
  const { event } = readConversationEvent('conversations', {
    id: conversationId,
    participants: [{ id: customerId, purpose: 'customer', attributes }],
  })
  if (!event) throw new Error('the event should be readable')
  return event
}

async function stage(name: string, value: string) {
  const user = userEvent.setup()
  const editor = screen.getByRole('textbox', { name: `Value of ${name}` })
  await user.clear(editor)
  await user.type(editor, `${value}{Enter}`)
  return user
}

describe('a live event with values that are not text', () => {
  it('keeps the last readable value, says on screen what could not be read, and raises no conflict', async () => {
    const fake = createFakeGenesys({ LoyaltyTier: 'Gold', QueuePriority: '5' })
    const view = renderPanel(fake)
    const user = await stage('LoyaltyTier', 'Platinum')

    act(() =>
      applyConversationEvent(
        view.queryClient,
        liveEvent({ LoyaltyTier: 12345, QueuePriority: '6', Obj: { a: 1 }, Nul: null }),
      ),
    )

    expect(await screen.findByRole('textbox', { name: 'Value of QueuePriority' })).toHaveValue('6')
    expect(screen.getByRole('textbox', { name: 'Value of LoyaltyTier' })).toHaveValue('Platinum')
    const row = screen.getByRole('textbox', { name: 'Value of LoyaltyTier' }).closest('[role="row"]')
    expect(within(row as HTMLElement).getByText(/latest value Genesys Cloud sent is not text/)).toBeVisible()
    expect(within(row as HTMLElement).getByText('On the server: Gold')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Keep mine for LoyaltyTier' })).not.toBeInTheDocument()
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('for “LoyaltyTier” are not text')
    expect(alert).toHaveTextContent('for “Obj”, “Nul” are not text and could not be read; they are not shown')

    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await waitFor(() => expect(fake.patches).toHaveLength(1))
    expect(fake.patches[0]).toEqual({ LoyaltyTier: 'Platinum' })
  })

  it('clears the warning once an event reads cleanly', async () => {
    const fake = createFakeGenesys({ LoyaltyTier: 'Gold' })
    const view = renderPanel(fake)
    act(() => applyConversationEvent(view.queryClient, liveEvent({ LoyaltyTier: 7 })))
    expect(await screen.findByRole('alert')).toHaveTextContent('“LoyaltyTier”')
    expect(screen.getByRole('textbox', { name: 'Value of LoyaltyTier' })).toHaveValue('Gold')
    act(() => applyConversationEvent(view.queryClient, liveEvent({ LoyaltyTier: 'Silver' })))
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    expect(screen.getByRole('textbox', { name: 'Value of LoyaltyTier' })).toHaveValue('Silver')
  })
})
