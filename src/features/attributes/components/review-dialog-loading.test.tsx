import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel } from '../test/render-panel.tsx'

// The dialog's chunk arrives when the test says so: as if the network were slow and the agent quick.
const chunk = vi.hoisted(() => {
  let arrive = () => {}
  const arrived = new Promise<void>((resolve) => (arrive = resolve))
  return { arrived, arrive: () => arrive(), requested: false }
})
vi.mock('./review-dialog.tsx', async (importOriginal) => {
  chunk.requested = true
  await chunk.arrived
  return importOriginal()
})

describe('the review dialog, loaded on demand', () => {
  it('is fetched at the first staged edit; a click before it arrived shows busy, then opens it', async () => {
    const user = userEvent.setup()
    renderPanel(createFakeGenesys({ tier: 'gold' }))
    expect(chunk.requested).toBe(false)
    const editor = screen.getByRole('textbox', { name: 'Value of tier' })
    await user.clear(editor)
    await user.type(editor, 'silver{Enter}')
    expect(chunk.requested).toBe(true)

    const review = screen.getByRole('button', { name: 'Review changes' })
    expect(review).not.toHaveAttribute('aria-busy', 'true')
    await user.click(review)
    expect(review).toHaveAttribute('aria-busy', 'true')
    expect(review).toHaveTextContent('Review changes…')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    chunk.arrive()
    const dialog = await screen.findByRole('dialog', { name: /Review changes for/ })
    expect(within(dialog).getByRole('row', { name: /tier/ })).toHaveTextContent('tiergoldsilver')
    expect(review).not.toHaveAttribute('aria-busy', 'true')
    expect(review).toHaveTextContent(/^Review changes$/)
  })
})
