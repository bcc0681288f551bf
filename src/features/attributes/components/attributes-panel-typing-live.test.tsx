import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel } from '../test/render-panel.tsx'

function rowOf(name: string) {
  const row = screen.getByRole('textbox', { name: `Value of ${name}` }).closest('[role="row"]')
  if (!(row instanceof HTMLElement)) throw new Error(`no row for ${name}`)
  return row
}

describe('a live change to the name being typed in', () => {
  it('shows the new server value next to the draft at once, and a conflict when the draft is staged', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys({ intent: 'billing', tier: 'gold' })
    const view = renderPanel(fake)
    const editor = screen.getByRole('textbox', { name: 'Value of intent' })
    await user.clear(editor)
    await user.type(editor, 'sales')

    fake.writeElsewhere({ intent: 'fraud' })
    act(() => {
      view.deliverLiveUpdate()
    })
    // Still typing: the new value is shown beside the draft before leaving the field; draft and focus are kept.
    const note = await within(rowOf('intent')).findByRole('status')
    expect(editor).toHaveFocus()
    expect(editor).toHaveValue('sales')
    expect(note).toHaveTextContent('Written elsewhere while you typed. Now: fraud.')
    expect(editor).toHaveAccessibleDescription(/Now: fraud/)

    await user.keyboard('{Enter}')
    const row = rowOf('intent')
    expect(within(row).getByText('Conflict')).toBeInTheDocument()
    expect(within(row).getByText('Server now: fraud')).toBeInTheDocument()
    expect(within(row).getByText('Yours: sales')).toBeInTheDocument()
    expect(within(row).getByRole('button', { name: /Keep mine/ })).toBeInTheDocument()
    expect(within(row).queryByText(/while you typed/)).not.toBeInTheDocument()
  })

  it('says nothing when the other writer wrote what the user is typing', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys({ intent: 'billing' })
    const view = renderPanel(fake)
    const editor = screen.getByRole('textbox', { name: 'Value of intent' })
    await user.clear(editor)
    await user.type(editor, 'fraud')
    fake.writeElsewhere({ intent: 'fraud' })
    act(() => {
      view.deliverLiveUpdate()
    })
    expect(await within(rowOf('intent')).findByText(/Changed elsewhere/)).toBeInTheDocument()
    expect(within(rowOf('intent')).queryByText(/while you typed/)).not.toBeInTheDocument()
  })
})
