import { act, screen, waitFor } from '@testing-library/react'
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
})
