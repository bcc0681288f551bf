import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel } from '../test/render-panel.tsx'

const seeded = { customerId: 'C-1001', tier: 'gold', intent: 'billing', note: 'called twice' }

function table() {
  return screen.getByRole('grid', { name: 'Participant attributes' })
}
function rowOf(name: string) {
  const editor = within(table()).getByRole('textbox', { name: `Value of ${name}` })
  const row = editor.closest('[role="row"]')
  if (!(row instanceof HTMLElement)) throw new Error(`no row for ${name}`)
  return row
}
async function stage(user: ReturnType<typeof userEvent.setup>, name: string, value: string) {
  const editor = screen.getByRole('textbox', { name: `Value of ${name}` })
  await user.clear(editor)
  if (value !== '') await user.type(editor, value)
  await user.keyboard('{Enter}')
}

describe('AttributesPanel', () => {
  it('stages edits, an addition and a clear, reviews the diff, and commits exactly those names', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    renderPanel(fake)
    expect(within(table()).getAllByRole('row')).toHaveLength(5)

    await stage(user, 'tier', 'silver')
    await stage(user, 'intent', 'sales')
    await user.click(screen.getByRole('button', { name: 'Actions for note' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Clear value of note' }))
    await user.type(screen.getByLabelText('Attribute name'), 'callbackNumber')
    await user.type(screen.getByLabelText('Attribute value'), '+49 30 1234')
    await user.click(screen.getByRole('button', { name: 'Add attribute' }))

    expect(screen.getByText('4 staged changes')).toBeInTheDocument()
    expect(within(rowOf('tier')).getByText('Changed')).toBeInTheDocument()
    expect(within(rowOf('note')).getByText('Cleared')).toBeInTheDocument()
    expect(within(rowOf('callbackNumber')).getByText('Added')).toBeInTheDocument()
    expect(
      within(rowOf('customerId')).queryByText(
        /^(Added|Changed|Cleared|Conflict|Saving…|Confirming…|Not confirmed)$/,
      ),
    ).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    const dialog = await screen.findByRole('dialog', { name: /Review changes for Ada Customer/ })
    const diff = within(dialog)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent)
    expect(diff).toEqual([
      'tiergoldsilver',
      'intentbillingsales',
      'notecalled twice(empty)',
      'callbackNumber(not set)+49 30 1234',
    ])
    await user.click(within(dialog).getByRole('button', { name: 'Commit' }))

    await waitFor(() => expect(screen.getByText('0 staged changes')).toBeInTheDocument())
    expect(fake.patches).toHaveLength(1)
    expect({ ...fake.patches[0] }).toEqual({
      tier: 'silver',
      intent: 'sales',
      note: '',
      callbackNumber: '+49 30 1234',
    })
    expect({ ...fake.attributes() }).toEqual({
      ...seeded,
      tier: 'silver',
      intent: 'sales',
      note: '',
      callbackNumber: '+49 30 1234',
    })
    await waitFor(() =>
      expect(
        within(rowOf('tier')).queryByText(
          /^(Added|Changed|Cleared|Conflict|Saving…|Confirming…|Not confirmed)$/,
        ),
      ).toBeNull(),
    )
  })

  it('undoes one edit, undoes and redoes with the keyboard, and discards all', async () => {
    const user = userEvent.setup()
    renderPanel(createFakeGenesys(seeded))
    await stage(user, 'tier', 'silver')
    await stage(user, 'intent', 'sales')
    await user.click(screen.getByRole('button', { name: 'Undo tier' }))
    expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('gold')
    expect(screen.getByText('1 staged change')).toBeInTheDocument()

    await user.click(document.body)
    await user.keyboard('{Control>}z{/Control}')
    expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('silver')
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('gold')
    await user.click(screen.getByRole('button', { name: 'Undo last change' }))
    expect(screen.getByText('2 staged changes')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Discard all' }))
    expect(screen.getByText('0 staged changes')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Value of intent' })).toHaveValue('billing')
  })

  it('cancels an inline edit with Escape and drops an edit typed back to the server value', async () => {
    const user = userEvent.setup()
    renderPanel(createFakeGenesys(seeded))
    const editor = screen.getByRole('textbox', { name: 'Value of tier' })
    await user.clear(editor)
    await user.type(editor, 'typo')
    await user.keyboard('{Escape}')
    expect(editor).toHaveValue('gold')
    await stage(user, 'tier', 'silver')
    await stage(user, 'tier', 'gold')
    expect(screen.getByText('0 staged changes')).toBeInTheDocument()
  })

  it('refuses to stage an inline value over the length limit and says why', async () => {
    const user = userEvent.setup()
    renderPanel(createFakeGenesys(seeded), {
      limits: { maxValueLength: 5, maxNameLength: 64, maxAttributes: 50 },
    })
    const editor = screen.getByRole('textbox', { name: 'Value of tier' })
    await user.clear(editor)
    await user.type(editor, 'platinum{Enter}')
    expect(screen.getByText('The value has 8 characters; the limit is 5.')).toBeInTheDocument()
    expect(editor).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText('0 staged changes')).toBeInTheDocument()
    await user.clear(editor)
    await user.type(editor, 'plat{Enter}')
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
    expect(screen.queryByText(/the limit is 5/)).not.toBeInTheDocument()
  })

  it('filters by name or value and sorts by name with aria-sort', async () => {
    const user = userEvent.setup()
    renderPanel(createFakeGenesys(seeded))
    await user.type(screen.getByRole('searchbox', { name: 'Filter attributes' }), 'BILL')
    expect(within(table()).getAllByRole('row')).toHaveLength(2)
    await user.clear(screen.getByRole('searchbox', { name: 'Filter attributes' }))
    const header = within(table()).getAllByRole('columnheader')[0]
    expect(header).toHaveAttribute('aria-sort', 'none')
    await user.click(within(table()).getByRole('button', { name: /Sort by name/ }))
    expect(header).toHaveAttribute('aria-sort', 'ascending')
    const names = () =>
      within(table())
        .getAllByRole('textbox')
        .map((box) => box.getAttribute('aria-label'))
    expect(names()).toEqual(['Value of customerId', 'Value of intent', 'Value of note', 'Value of tier'])
    await user.click(within(table()).getByRole('button', { name: /Sort by name/ }))
    expect(header).toHaveAttribute('aria-sort', 'descending')
    expect(names()[0]).toBe('Value of tier')
  })

  it('validates the add form: blank names refused, case-only differences and dots warned', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    renderPanel(fake)
    await user.click(screen.getByRole('button', { name: 'Add attribute' }))
    expect(screen.getByText(/Enter a name/)).toBeInTheDocument()
    expect(screen.getByLabelText('Attribute name')).toHaveAttribute('aria-invalid', 'true')
    await user.type(screen.getByLabelText('Attribute name'), 'Tier.code')
    expect(screen.queryByText(/Enter a name/)).not.toBeInTheDocument()
    expect(screen.getByText(/Agent scripts cannot read names/)).toBeInTheDocument()
    await user.clear(screen.getByLabelText('Attribute name'))
    await user.type(screen.getByLabelText('Attribute name'), 'TIER')
    expect(screen.getByText(/“tier” already exists with different capitals/)).toBeInTheDocument()
    expect(screen.getByText('0 / 256 characters')).toBeInTheDocument()
  })

  it('shows the ended-conversation and socket-down notices, and refetches before committing when not live', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    renderPanel(fake, { conversationEnded: true, liveStatus: 'reconnecting' })
    expect(screen.getByText(/analytics will not keep changes/)).toBeInTheDocument()
    expect(screen.getByText(/Live updates are not connected \(reconnecting\)/)).toBeInTheDocument()
    await stage(user, 'tier', 'silver')
    const before = fake.gets
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await waitFor(() => expect(fake.patches).toHaveLength(1))
    expect(fake.gets).toBeGreaterThan(before)
  })

  it('restores staged edits after a remount (sessionStorage)', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    const first = renderPanel(fake)
    await stage(user, 'tier', 'silver')
    first.unmount()
    renderPanel(fake)
    expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('silver')
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
  })

  it('keeps showing a committed value while the asynchronous write settles, without flicker', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    fake.script({ kind: 'accept-later' })
    const view = renderPanel(fake)
    await stage(user, 'tier', 'silver')
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await waitFor(() => expect(within(rowOf('tier')).getByText('Confirming…')).toBeInTheDocument())
    // The refetch after the 202 still shows the old value; the row keeps ours.
    await waitFor(() => expect(fake.gets).toBeGreaterThan(0))
    expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('silver')
    fake.applyPending()
    act(() => {
      view.deliverLiveUpdate()
    })
    await waitFor(() =>
      expect(
        within(rowOf('tier')).queryByText(
          /^(Added|Changed|Cleared|Conflict|Saving…|Confirming…|Not confirmed)$/,
        ),
      ).toBeNull(),
    )
    expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('silver')
    expect(fake.patches).toHaveLength(1)
  })
})
