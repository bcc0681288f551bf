import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { attributePolicySchema } from '../../../../config/attribute-policy-schema.ts'
import { createFakeGenesys } from '../../test/fake-genesys.ts'
import { renderGovernedPanel } from '../test/render-governed-panel.tsx'

const seeded = { CustomerName: 'Ada', AccountNumber: '4410-2291-77', Tier: 'Gold' }
const masked = attributePolicySchema.parse({ rules: [{ match: 'AccountNumber', agent: 'masked' }] })
const readOnlyNow = attributePolicySchema.parse({
  rules: [{ match: 'AccountNumber', agent: 'read-only', reason: 'Owned by the CRM sync' }],
})

async function commitMaskedAndTier(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Reveal value of AccountNumber for 10 seconds' }))
  const account = screen.getByRole('textbox', { name: 'Value of AccountNumber' })
  await user.clear(account)
  await user.type(account, '5555-0000-11{Enter}')
  const tier = screen.getByRole('textbox', { name: 'Value of Tier' })
  await user.clear(tier)
  await user.type(tier, 'Silver{Enter}')
  await user.click(screen.getByRole('button', { name: 'Commit' }))
  expect(await screen.findByText('Saved ✓ AccountNumber, Tier')).toBeInTheDocument()
}

beforeEach(() => sessionStorage.clear())
afterEach(() => vi.useRealTimers())

describe('reverting a commit under the attribute policy', () => {
  it('stages a masked previous value without showing it, in the table or the review', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    const fake = createFakeGenesys(seeded)
    const { container } = renderGovernedPanel(fake, { policy: masked, role: 'agent' })
    await commitMaskedAndTier(user)
    // Focus holds the saved note while the reveal runs out.
    act(() => screen.getByRole('button', { name: 'Revert' }).focus())
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(screen.queryByRole('textbox', { name: 'Value of AccountNumber' })).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Revert' }))
    expect(screen.getByText('2 staged changes')).toBeInTheDocument()
    expect(container.innerHTML).not.toContain('4410-2291-77')
    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    const review = await screen.findByRole('dialog')
    expect(within(review).getByText('AccountNumber')).toBeInTheDocument()
    expect(document.body.innerHTML).not.toContain('4410-2291-77')

    await user.click(within(review).getByRole('button', { name: 'Commit' }))
    await waitFor(() => expect(fake.patches).toHaveLength(2))
    expect({ ...fake.patches[1] }).toEqual({ AccountNumber: '4410-2291-77', Tier: 'Gold' })
  })

  it('leaves out a name the user may no longer write, and says so', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    const view = renderGovernedPanel(fake, { policy: masked, role: 'agent' })
    await commitMaskedAndTier(user)
    view.setPolicy(readOnlyNow)

    await user.click(screen.getByRole('button', { name: 'Revert' }))
    expect(
      screen.getByText('Previous value of Tier staged: review and commit it, or discard it.'),
    ).toBeInTheDocument()
    expect(
      screen.getByText('Not reverted: AccountNumber. Your role may no longer change it (attribute policy).'),
    ).toBeInTheDocument()
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Value of Tier' })).toHaveValue('Gold')
  })
})
