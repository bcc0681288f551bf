import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeGenesys } from '../../test/fake-genesys.ts'
import { attributePolicySchema } from '../../../../config/attribute-policy-schema.ts'
import { openTools, renderGovernedPanel } from '../test/render-governed-panel.tsx'

const seeded = {
  CustomerName: 'Ada',
  AccountNumber: '4410-2291-77',
  'CRM.ContactId': '003Dn00000',
  'Internal.Score': '0.93',
  Tier: 'Gold',
}
const policy = attributePolicySchema.parse({
  rules: [
    { match: 'AccountNumber', agent: 'masked' },
    { match: 'CRM.*', agent: 'read-only', reason: 'Owned by the CRM sync' },
    { match: '/^Internal\\./', agent: 'hidden' },
  ],
  revealSeconds: 10,
})
const table = () => screen.getByRole('grid', { name: 'Participant attributes' })

beforeEach(() => sessionStorage.clear())
afterEach(() => vi.useRealTimers())

describe('GovernedAttributesPanel', () => {
  it('hides, masks and protects names for an agent, with nothing of a masked value in the DOM', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    const { container } = renderGovernedPanel(createFakeGenesys(seeded), { policy, role: 'agent' })

    expect(within(table()).queryByText('Internal.Score')).toBeNull()
    expect(container.innerHTML).not.toContain('0.93')
    expect(container.innerHTML).not.toContain('4410-2291-77')
    expect(within(table()).getByRole('img', { name: 'Value of AccountNumber is masked' })).toHaveTextContent(
      '••••',
    )
    expect(within(table()).queryByRole('textbox', { name: 'Value of AccountNumber' })).toBeNull()
    expect(within(table()).queryByRole('textbox', { name: 'Value of CRM.ContactId' })).toBeNull()
    expect(within(table()).getByLabelText('Value of CRM.ContactId')).toHaveTextContent('003Dn00000')
    await user.click(screen.getByRole('button', { name: 'Actions for CRM.ContactId' }))
    expect(await screen.findByRole('menuitem', { name: 'Copy value of CRM.ContactId' })).toBeInTheDocument()
    expect(screen.queryByRole('menuitem', { name: 'Clear value of CRM.ContactId' })).toBeNull()
    await user.keyboard('{Escape}')
    // A search cannot probe the masked value either.
    await user.type(screen.getByLabelText('Filter attributes'), '4410')
    expect(screen.getByText(/No attribute matches/)).toBeInTheDocument()
    await user.clear(screen.getByLabelText('Filter attributes'))

    await user.click(screen.getByRole('button', { name: 'Reveal value of AccountNumber for 10 seconds' }))
    expect(screen.getByRole('textbox', { name: 'Value of AccountNumber' })).toHaveValue('4410-2291-77')
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(screen.queryByRole('textbox', { name: 'Value of AccountNumber' })).toBeNull()
    expect(container.innerHTML).not.toContain('4410-2291-77')
  })

  it('gives the supervisor every name editable under the same policy', () => {
    renderGovernedPanel(createFakeGenesys(seeded), { policy, role: 'supervisor' })
    for (const name of Object.keys(seeded))
      expect(within(table()).getByRole('textbox', { name: `Value of ${name}` })).toBeInTheDocument()
  })

  it('refuses to add a read-only or hidden name, with the same message for both', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    renderGovernedPanel(fake, { policy, role: 'agent' })
    for (const name of ['CRM.New', 'Internal.Score']) {
      await user.clear(screen.getByLabelText('Attribute name'))
      await user.type(screen.getByLabelText('Attribute name'), name)
      await user.type(screen.getByLabelText('Attribute value'), 'x')
      await user.click(screen.getByRole('button', { name: 'Add attribute' }))
      expect(screen.getByRole('alert')).toHaveTextContent(
        `Your role may not change “${name}” (attribute policy).`,
      )
      await user.clear(screen.getByLabelText('Attribute value'))
    }
    expect(screen.getByText('0 staged changes')).toBeInTheDocument()
  })

  it('stages a pasted CSV as edits, commits it in one PATCH and records the commit with masked values masked', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    renderGovernedPanel(fake, { policy, role: 'agent', audit: { stampAttribute: 'LastEditedBy' } })
    // The tools are behind "Tools" and arrive in their own chunk once it opens.
    await openTools(user)
    const box = await screen.findByLabelText(/Corrections: a JSON object or CSV\/TSV/)
    await user.click(box)
    await user.paste('name,value\nTier,Platinum\nAccountNumber,9999-0000\nNote,"a, b"\n')
    await user.click(screen.getByRole('button', { name: 'Stage corrections' }))
    expect(screen.getByText('Staged 3 corrections from CSV. Review them, then commit.')).toBeInTheDocument()
    expect(screen.getByText('3 staged changes')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog.innerHTML).not.toContain('9999-0000')
    expect(dialog.innerHTML).not.toContain('4410-2291-77')
    await user.click(within(dialog).getByRole('button', { name: 'Commit' }))

    await waitFor(() => expect(fake.patches).toHaveLength(1))
    const sent = { ...fake.patches[0] }
    expect(Object.keys(sent).sort()).toEqual(['AccountNumber', 'LastEditedBy', 'Note', 'Tier'])
    expect(sent).toMatchObject({ Tier: 'Platinum', AccountNumber: '9999-0000', Note: 'a, b' })
    expect(sent.LastEditedBy).toMatch(/^Test agent \d{4}-\d\d-\d\dT/)

    const history = screen.getByRole('region', { name: /History of this conversation/ })
    await waitFor(() =>
      expect(within(history).getByRole('row', { name: /Tier/ })).toHaveTextContent('GoldPlatinum'),
    )
    expect(within(history).getByRole('row', { name: /AccountNumber/ })).toHaveTextContent('••••••••••••••••')
    expect(history).toHaveTextContent('Test agent')
    expect(sessionStorage.getItem('pdw.audit.conv-1')).not.toContain('9999-0000')
  })

  it('keeps the tools behind one closed "Tools" button, which opens them usable and closes them again', async () => {
    const user = userEvent.setup()
    renderGovernedPanel(createFakeGenesys(seeded), { policy, role: 'supervisor' })
    const toggle = screen.getByRole('button', { name: 'Tools' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('group', { name: /Bulk corrections, export and history/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Stage corrections' })).toBeNull()

    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const tools = screen.getByRole('group', { name: 'Bulk corrections, export and history for Ada Customer' })
    expect(tools.parentElement).toHaveAttribute('id', toggle.getAttribute('aria-controls'))
    await user.click(await within(tools).findByLabelText(/Corrections: a JSON object/))
    await user.paste('{"Tier": "Platinum"}')
    await user.click(within(tools).getByRole('button', { name: 'Stage corrections' }))
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
    expect(within(table()).getByRole('textbox', { name: 'Value of Tier' })).toHaveValue('Platinum')

    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('group', { name: /Bulk corrections, export and history/ })).toBeNull()
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
  })

  it('takes a whole staged list back with one Undo, and brings it again with one Redo', async () => {
    const user = userEvent.setup()
    renderGovernedPanel(createFakeGenesys(seeded), { policy, role: 'agent' })
    await openTools(user)
    await user.click(await screen.findByLabelText(/Corrections: a JSON object/))
    await user.paste('{"Tier": "Platinum", "Note": "bulk", "Reason": "audit fix"}')
    await user.click(screen.getByRole('button', { name: 'Stage corrections' }))
    expect(screen.getByText('3 staged changes')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Undo last change' }))
    expect(screen.getByText('0 staged changes')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Redo last change' }))
    expect(screen.getByText('3 staged changes')).toBeInTheDocument()
  })

  it('refuses a whole list when one line breaks the policy, naming the line, and stages nothing', async () => {
    const user = userEvent.setup()
    renderGovernedPanel(createFakeGenesys(seeded), { policy, role: 'agent' })
    await openTools(user)
    await user.click(await screen.findByLabelText(/Corrections: a JSON object/))
    await user.paste('Tier,Silver\nCRM.ContactId,x\nBroken')
    await user.click(screen.getByRole('button', { name: 'Stage corrections' }))
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Nothing was staged')
    expect(alert).toHaveTextContent(
      'Line 2: “CRM.ContactId”: your role may not change this name: Owned by the CRM sync',
    )
    expect(alert).toHaveTextContent('Line 3: Expected 2 fields (name, value), found 1.')
    expect(screen.getByText('0 staged changes')).toBeInTheDocument()
  })
})
