import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { createFakeGenesys } from '../../test/fake-genesys.ts'
import { attributePolicySchema } from '../../../../config/attribute-policy-schema.ts'
import { renderGovernedPanel } from '../test/render-governed-panel.tsx'

const seeded = { Tier: 'Gold', Note: 'x' }
beforeEach(() => sessionStorage.clear())

describe('the commit path under a policy (defence in depth)', () => {
  it('never sends an edit the policy forbids, even one staged before the policy applied, and says why', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    // Staged while the name was editable (a supervisor's session, an older config)...
    const open = attributePolicySchema.parse({})
    const first = renderGovernedPanel(fake, { policy: open, role: 'agent' })
    const tier = screen.getByRole('textbox', { name: 'Value of Tier' })
    await user.clear(tier)
    await user.type(tier, 'Platinum{Enter}')
    const note = screen.getByRole('textbox', { name: 'Value of Note' })
    await user.clear(note)
    await user.type(note, 'y{Enter}')
    expect(screen.getByText('2 staged changes')).toBeInTheDocument()
    first.unmount()

    // ...and committed under a policy that makes Tier read-only: the edits come back from session storage.
    const strict = attributePolicySchema.parse({ rules: [{ match: 'Tier', agent: 'read-only' }] })
    renderGovernedPanel(fake, { policy: strict, role: 'agent' })
    expect(screen.queryByRole('textbox', { name: 'Value of Tier' })).toBeNull()
    await user.click(
      within(screen.getByRole('group', { name: 'Staged changes' })).getByRole('button', { name: 'Commit' }),
    )

    await waitFor(() => expect(fake.patches).toHaveLength(1))
    expect({ ...fake.patches[0] }).toEqual({ Note: 'y' })
    expect(
      await screen.findByText(/Not sent: your role may not change “Tier” \(attribute policy\)/),
    ).toBeInTheDocument()
  })
})
