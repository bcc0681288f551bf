import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel } from '../test/render-panel.tsx'

/*
 * Issue 12, defect 4: another writer's value appears while our accepted write is still being applied, and ours then
 * lands over it. The user is told which value was replaced, and can put it back.
 */
describe('AttributesPanel when our write lands over a value written meanwhile', () => {
  it('names the replaced value and puts it back on request', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys({ tier: 'gold', intent: 'billing' })
    fake.script({ kind: 'accept-later' })
    const view = renderPanel(fake)
    const editor = screen.getByRole('textbox', { name: 'Value of tier' })
    await user.clear(editor)
    await user.type(editor, 'silver')
    await user.keyboard('{Enter}')
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await waitFor(() => expect(fake.patches).toHaveLength(1))
    // A flow writes the same name while Genesys is still applying ours; the socket shows it.
    fake.writeElsewhere({ tier: 'platinum' })
    act(() => {
      view.deliverLiveUpdate()
    })
    // Then ours lands over it.
    fake.applyPending()
    act(() => {
      view.deliverLiveUpdate()
    })
    expect(
      await screen.findByText(/Your change to “tier” \(silver\) replaced platinum, which someone else wrote/),
    ).toBeInTheDocument()
    await user.click(
      screen.getByRole('button', { name: 'Put back the value of tier that your change replaced' }),
    )
    expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('platinum')
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
    expect(screen.queryByText(/replaced platinum/)).not.toBeInTheDocument()
  })

  // Outside test D5 (session 7): a flow writes again after the notice. Putting theirs back must not overwrite that newer value.
  it('says when the value changed again, and puts theirs back as a conflict instead of over the newer value', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys({ tier: 'gold' })
    fake.script({ kind: 'accept-later' })
    const view = renderPanel(fake)
    const editor = screen.getByRole('textbox', { name: 'Value of tier' })
    await user.clear(editor)
    await user.type(editor, 'platinum')
    await user.keyboard('{Enter}')
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await waitFor(() => expect(fake.patches).toHaveLength(1))
    fake.writeElsewhere({ tier: 'silver' })
    act(() => {
      view.deliverLiveUpdate()
    })
    fake.applyPending()
    act(() => {
      view.deliverLiveUpdate()
    })
    const notice = await screen.findByText(/Your change to “tier” \(platinum\) replaced silver/)
    expect(notice.closest('p')).not.toHaveTextContent(/changed again/)
    // The flow writes again: the notice is about a value the server no longer holds.
    fake.writeElsewhere({ tier: 'bronze' })
    act(() => {
      view.deliverLiveUpdate()
    })
    expect(
      await screen.findByText('It has changed again since: the server now shows bronze.'),
    ).toBeInTheDocument()

    await user.click(
      screen.getByRole('button', { name: 'Put back the value of tier that your change replaced' }),
    )
    const row = screen.getByRole('textbox', { name: 'Value of tier' }).closest('[role="row"]')
    if (!(row instanceof HTMLElement)) throw new Error('no row for tier')
    expect(within(row).getByText('Conflict')).toBeInTheDocument()
    expect(within(row).getByText('Server now: bronze')).toBeInTheDocument()
    // Nothing to send until the user settles it: bronze stays.
    expect(screen.getByRole('button', { name: 'Commit' })).toBeDisabled()
    expect(fake.patches).toHaveLength(1)
    expect(fake.attributes().tier).toBe('bronze')
  })
})
