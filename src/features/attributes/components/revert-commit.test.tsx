import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel } from '../test/render-panel.tsx'

const seeded = { customerId: 'C-1001', tier: 'gold', intent: 'billing' }

function rowOf(name: string) {
  const row = screen.getByRole('textbox', { name: `Value of ${name}` }).closest('[role="row"]')
  if (!(row instanceof HTMLElement)) throw new Error(`no row for ${name}`)
  return row
}
async function stage(user: ReturnType<typeof userEvent.setup>, name: string, value: string) {
  const editor = screen.getByRole('textbox', { name: `Value of ${name}` })
  await user.clear(editor)
  await user.type(editor, value)
  await user.keyboard('{Enter}')
}
async function addAttribute(user: ReturnType<typeof userEvent.setup>, name: string, value: string) {
  await user.type(screen.getByLabelText('Attribute name'), name)
  await user.type(screen.getByLabelText('Attribute value'), value)
  await user.click(screen.getByRole('button', { name: 'Add attribute' }))
}

afterEach(() => vi.useRealTimers())

describe('reverting a commit', () => {
  it('stages the values the commit replaced, sends nothing by itself, and commits them like any edit', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    renderPanel(fake)
    await stage(user, 'tier', 'silver')
    await addAttribute(user, 'callback', 'tomorrow')
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    expect(await screen.findByText('Saved ✓ tier, callback')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Revert' }))
    expect(
      screen.getByText('2 previous values staged (tier, callback): review and commit them, or discard them.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Revert' })).toBeNull()
    expect(screen.getByText('2 staged changes')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('gold')
    // A name the commit created has no previous value: it is cleared, as Genesys has no delete.
    expect(within(rowOf('callback')).getByText('Cleared')).toBeInTheDocument()
    expect(fake.patches).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await waitFor(() => expect(fake.patches).toHaveLength(2))
    expect({ ...fake.patches[1] }).toEqual({ tier: 'gold', callback: '' })
    await waitFor(() => expect(fake.attributes().tier).toBe('gold'))
  })

  it('shows a conflict, and sends nothing for the name, when someone changed it since the commit', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    const view = renderPanel(fake)
    await stage(user, 'tier', 'silver')
    await stage(user, 'intent', 'sales')
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    expect(await screen.findByText('Saved ✓ tier, intent')).toBeInTheDocument()
    fake.writeElsewhere({ tier: 'platinum' })
    act(() => {
      view.deliverLiveUpdate()
    })
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('platinum'),
    )

    await user.click(screen.getByRole('button', { name: 'Revert' }))
    const row = rowOf('tier')
    expect(within(row).getByText('Conflict')).toBeInTheDocument()
    expect(within(row).getByText('Server now: platinum')).toBeInTheDocument()
    expect(within(row).getByText('Yours: gold')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await waitFor(() => expect(fake.patches).toHaveLength(2))
    expect({ ...fake.patches[1] }).toEqual({ intent: 'billing' })
    expect(fake.attributes().tier).toBe('platinum')
  })

  it('keeps the note, and Revert with it, while it has focus or the pointer', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    const fake = createFakeGenesys(seeded)
    renderPanel(fake)
    await stage(user, 'tier', 'silver')
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    const revert = await screen.findByRole('button', { name: 'Revert' })
    act(() => revert.focus())
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(screen.getByRole('button', { name: 'Revert' })).toHaveFocus()

    await user.hover(revert)
    act(() => revert.blur())
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(screen.getByText('Saved ✓ tier')).toBeInTheDocument()

    await user.unhover(revert)
    await act(() => vi.advanceTimersByTimeAsync(6_000))
    expect(screen.queryByText('Saved ✓ tier')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Revert' })).toBeNull()
  })
})
