import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel } from '../test/render-panel.tsx'

// The first fetch of the dialog's chunk fails (network dropped, or a deploy replaced it); a retry gets it.
const chunk = vi.hoisted(() => ({ attempts: 0 }))
vi.mock('./review-dialog.tsx', async (importOriginal) => {
  chunk.attempts += 1
  if (chunk.attempts === 1) throw new Error('Failed to fetch dynamically imported module')
  return importOriginal()
})

// The order matters: vitest gives each file fresh modules, and the second test starts where the first left the
// chunk (failed).
describe('the review dialog when its code cannot be loaded', () => {
  it('says so with a retry, and the direct Commit still sends the edits', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys({ tier: 'gold', intent: 'billing' })
    renderPanel(fake)
    const editor = screen.getByRole('textbox', { name: 'Value of tier' })
    await user.clear(editor)
    await user.type(editor, 'silver{Enter}')

    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The review could not be loaded.')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await waitFor(() => expect(fake.patches).toHaveLength(1))
    expect({ ...fake.patches[0] }).toEqual({ tier: 'silver' })
    expect(screen.queryByText(/The review could not be loaded/)).not.toBeInTheDocument()
  })

  it('opens the dialog when a retry brings the code', async () => {
    const user = userEvent.setup()
    renderPanel(createFakeGenesys({ tier: 'gold' }))
    const editor = screen.getByRole('textbox', { name: 'Value of tier' })
    await user.clear(editor)
    await user.type(editor, 'silver{Enter}')
    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    const alert = await screen.findByRole('alert')

    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    const dialog = await screen.findByRole('dialog', { name: /Review changes for/ })
    expect(within(dialog).getByRole('button', { name: 'Commit' })).toBeEnabled()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
