import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel } from '../test/render-panel.tsx'

const table = () => screen.getByRole('grid', { name: 'Participant attributes' })

async function typeName(user: ReturnType<typeof userEvent.setup>, name: string) {
  const input = screen.getByRole('textbox', { name: 'Attribute name' })
  await user.clear(input)
  await user.click(input)
  await user.paste(name)
}

describe('look-alike attribute names', () => {
  it('shows invisible characters in the name cell, and warns in the add form about every kind of look-alike', async () => {
    const user = userEvent.setup()
    // A flow wrote a name with a zero-width space, and another with a right-to-left override.
    renderPanel(
      createFakeGenesys({
        CustomerName: 'Maria',
        'Customer\u200BName': 'from a flow',
        'Caf\u00e9': 'open',
        'x\u202Eevil': 'y',
      }),
    )
    const cells = within(table())
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('gridcell')[0]?.textContent)
    expect(cells).toEqual(['CustomerName', 'Customer⟨U+200B⟩Name', 'Café', 'x⟨U+202E⟩evil'])
    // The value editor is still labelled by the real name.
    expect(screen.getByRole('textbox', { name: 'Value of Customer\u200BName' })).toHaveValue('from a flow')

    await typeName(user, 'CustomerNam\u0435')
    expect(
      await screen.findByText(/Looks like “CustomerName” but uses look-alike letters/),
    ).toBeInTheDocument()
    await typeName(user, 'Cafe\u0301')
    expect(await screen.findByText(/Looks exactly like “Café” \(other Unicode form\)/)).toBeInTheDocument()
    await typeName(user, 'Customer\u200CName')
    expect(
      await screen.findByText(
        /Looks like “CustomerName” but has invisible characters \(“Customer⟨U\+200C⟩Name”\)/,
      ),
    ).toBeInTheDocument()
    // Case-only differences keep their own warning.
    await typeName(user, 'customername')
    expect(screen.getByText(/already exists with different capitals/)).toBeInTheDocument()
  })

  it('writes invisible characters out in the review and the Saved note too, where the user decides and checks', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys({
      LoyaltyTier: 'Gold',
      'Loyalty\u200BTier': 'Gold',
      'Note\u202Eexe.fdp': 'a',
    })
    renderPanel(fake)
    for (const name of ['Loyalty\u200BTier', 'Note\u202Eexe.fdp']) {
      const editor = screen.getByRole('textbox', { name: `Value of ${name}` })
      await user.clear(editor)
      await user.type(editor, 'changed{Enter}')
    }
    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    const dialog = await screen.findByRole('dialog')
    const names = within(dialog)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent)
    expect(names).toEqual(['Loyalty⟨U+200B⟩Tier', 'Note⟨U+202E⟩exe.fdp'])
    await user.click(within(dialog).getByRole('button', { name: 'Commit' }))
    expect(await screen.findByText(/Saved.*Loyalty⟨U\+200B⟩Tier, Note⟨U\+202E⟩exe\.fdp/)).toBeInTheDocument()
  })
})
