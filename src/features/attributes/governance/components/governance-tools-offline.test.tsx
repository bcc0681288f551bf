import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { attributePolicySchema } from '../../../../config/attribute-policy-schema.ts'
import { createFakeGenesys } from '../../test/fake-genesys.ts'
import { openTools, renderGovernedPanel } from '../test/render-governed-panel.tsx'

// As if the network dropped (or a deploy replaced the chunk) before the tools' chunk arrived.
vi.mock('./governance-tools.tsx', () =>
  Promise.reject(new Error('Failed to fetch dynamically imported module')),
)

describe('the governance tools when their chunk cannot be loaded', () => {
  it('says so with a way to try again, and the editor keeps working', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys({ Tier: 'Gold' })
    renderGovernedPanel(fake, { policy: attributePolicySchema.parse({}), role: 'agent' })
    await openTools(user)
    const tools = screen.getByRole('group', { name: /Bulk corrections, export and history for/ })
    const alert = await within(tools).findByRole('alert')
    expect(alert).toHaveTextContent('Bulk corrections, export and history could not be loaded.')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()

    const tier = screen.getByRole('textbox', { name: 'Value of Tier' })
    await user.clear(tier)
    await user.type(tier, 'Silver{Enter}')
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await vi.waitFor(() => expect(fake.patches).toHaveLength(1))
  })
})
