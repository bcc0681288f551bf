import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Conversation } from '../../../genesys/schemas.ts'
import { createFakeGenesys, type FakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel } from '../test/render-panel.tsx'

/*
 * Issue 15: server data reaches the staged edits through the query cache alone (decision 0029). A read that comes
 * back after something newer reached the cache changes nothing, and the cache is watched for as long as the widget
 * lives, not only while the panel is open.
 */

/** Holds every conversation GET from now on: it answers with what the server held when it was sent, on release. */
function holdReads(fake: FakeGenesys) {
  const held: Array<() => void> = []
  const answer = fake.client.getConversation.bind(fake.client)
  fake.client.getConversation = (id, init) => {
    const snapshot = answer(id, init)
    return new Promise<Conversation>((resolve) => held.push(() => resolve(snapshot)))
  }
  return held
}

const rowOf = (name: string) => {
  const row = screen.getByRole('textbox', { name: `Value of ${name}` }).closest('[role="row"]')
  if (!(row instanceof HTMLElement)) throw new Error(`no row for ${name}`)
  return row
}

/** "tier" gold → silver committed, accepted (202) and not yet applied: the row waits in "Confirming…". */
async function commitSilverNotYetApplied() {
  const user = userEvent.setup()
  const fake = createFakeGenesys({ tier: 'gold' })
  fake.script({ kind: 'accept-later' })
  const view = renderPanel(fake)
  const editor = screen.getByRole('textbox', { name: 'Value of tier' })
  await user.clear(editor)
  await user.type(editor, 'silver{Enter}')
  await user.click(screen.getByRole('button', { name: 'Commit' }))
  await waitFor(() => expect(within(rowOf('tier')).getByText('Confirming…')).toBeInTheDocument())
  return { user, fake, view, editor }
}

describe('AttributesPanel, server data through the cache only', () => {
  it('keeps an edit staged while a slow confirmation read was on its way, when a live update came first', async () => {
    const { user, fake, view, editor } = await commitSilverNotYetApplied()
    // The confirmation poll's GET leaves while Genesys is still applying ours (a slow link keeps it on its way)...
    const held = holdReads(fake)
    await waitFor(() => expect(held).toHaveLength(1), { timeout: 3000 })
    // ...then ours lands and the socket says so: the write is confirmed.
    fake.applyPending()
    act(() => {
      view.deliverLiveUpdate()
    })
    await waitFor(() => expect(within(rowOf('tier')).queryByText('Confirming…')).toBeNull())
    // The agent changes their mind and stages the old value again.
    await user.clear(editor)
    await user.type(editor, 'gold{Enter}')
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
    // The poll's answer (gold, from before ours landed) arrives last; it is older than the cache and settles nothing.
    await act(async () => {
      held.splice(0).forEach((release) => release())
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('gold')
    expect(fake.attributes().tier).toBe('silver')
  })

  it('names a value our write replaced while the panel was closed', async () => {
    const { fake, view } = await commitSilverNotYetApplied()
    // The agent looks at another participant; meanwhile a flow writes the name, and then ours lands over it.
    view.showPanel(false)
    fake.writeElsewhere({ tier: 'platinum' })
    act(() => {
      view.deliverLiveUpdate()
    })
    fake.applyPending()
    act(() => {
      view.deliverLiveUpdate()
    })
    view.showPanel(true)
    expect(
      await screen.findByText(/Your change to “tier” \(silver\) replaced platinum, which someone else wrote/),
    ).toBeInTheDocument()
    expect(within(rowOf('tier')).queryByText('Confirming…')).toBeNull()
  })
})
