import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel, testLimits } from '../test/render-panel.tsx'

async function stage(name: string, value: string) {
  const user = userEvent.setup()
  const editor = screen.getByRole('textbox', { name: `Value of ${name}` })
  await user.clear(editor)
  await user.type(editor, `${value}{Enter}`)
  return user
}

describe('names Genesys Cloud holds but would refuse to have written', () => {
  const long = 'N'.repeat(testLimits.maxNameLength + 36)

  it('shows them read-only with the reason, and a commit sends only the writable edits', async () => {
    const fake = createFakeGenesys([
      ['', 'empty-name'],
      [long, 'long-name'],
      ['LoyaltyTier', 'Gold'],
    ])
    renderPanel(fake)
    expect(screen.queryByRole('textbox', { name: 'Value of' })).not.toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: `Value of ${long}` })).not.toBeInTheDocument()
    expect(screen.getByText('empty-name')).toBeVisible()
    expect(screen.getByText('long-name')).toBeVisible()
    expect(screen.getByText('Not editable: Genesys Cloud refuses writes to an empty name.')).toBeVisible()
    expect(
      screen.getByText(
        `Not editable: this name has ${long.length} characters and Genesys Cloud accepts writes to names of up to ${testLimits.maxNameLength}.`,
      ),
    ).toBeVisible()

    const user = await stage('LoyaltyTier', 'Platinum')
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await waitFor(() => expect(fake.patches).toHaveLength(1))
    expect(fake.patches[0]).toEqual({ LoyaltyTier: 'Platinum' })
  })
})
