import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { attributePolicySchema } from '../../../../config/attribute-policy-schema.ts'
import { createFakeGenesys } from '../../test/fake-genesys.ts'
import { openTools, renderGovernedPanel } from '../test/render-governed-panel.tsx'

const policy = attributePolicySchema.parse({ rules: [{ match: 'AccountNumber', agent: 'masked' }] })
const seeded = { Tier: 'Gold', AccountNumber: '4410-2291-77' }
beforeEach(() => sessionStorage.clear())

// The order matters: vitest gives each file fresh modules, so only the first test meets the chunk unloaded.
describe('the governance tools, loaded when Tools opens', () => {
  it('shows the table at once, the tools closed, and a loading status once opened, then the tools', async () => {
    const user = userEvent.setup()
    renderGovernedPanel(createFakeGenesys(seeded), { policy, role: 'agent' })
    // The agent's table is there in the first render, complete and editable.
    const table = screen.getByRole('grid', { name: 'Participant attributes' })
    expect(within(table).getByRole('textbox', { name: 'Value of Tier' })).toHaveValue('Gold')
    expect(screen.queryByRole('group', { name: /Bulk corrections, export and history for/ })).toBeNull()
    await openTools(user)
    const tools = screen.getByRole('group', { name: /Bulk corrections, export and history for/ })
    expect(within(tools).getByRole('status')).toHaveTextContent(
      'Loading bulk corrections, export and history…',
    )

    expect(await within(tools).findByLabelText(/Corrections: a JSON object/)).toBeInTheDocument()
    expect(within(tools).getByRole('button', { name: /Export attributes of .* as CSV/ })).toBeInTheDocument()
    expect(within(tools).getByRole('region', { name: /History of this conversation/ })).toBeInTheDocument()
    expect(within(tools).queryByText('Loading bulk corrections, export and history…')).toBeNull()
  })

  it('renders the tools at once when a later panel opens them, with no loading status', async () => {
    const user = userEvent.setup()
    const first = renderGovernedPanel(createFakeGenesys(seeded), { policy, role: 'agent' })
    await openTools(user)
    await user.click(screen.getByLabelText(/Corrections: a JSON object/))
    await user.paste('Tier,Silver')
    await user.click(screen.getByRole('button', { name: 'Stage corrections' }))
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
    first.unmount()

    // Another participant's panel (or the same one after a tab switch): synchronous, nothing to wait for.
    renderGovernedPanel(createFakeGenesys(seeded), { policy, role: 'agent' })
    await openTools(user)
    expect(screen.queryByText('Loading bulk corrections, export and history…')).toBeNull()
    expect(screen.getByRole('button', { name: 'Stage corrections' })).toBeInTheDocument()
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
  })
})
