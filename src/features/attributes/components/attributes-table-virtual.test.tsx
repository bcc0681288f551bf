import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel } from '../test/render-panel.tsx'
import { virtualizeAbove } from './table-body.ts'

/** `count` attributes named attr000, attr001, … so a filter can cut the list below the threshold. */
function participantWith(count: number) {
  return createFakeGenesys(
    Array.from({ length: count }, (_, i): [string, string] => [
      `attr${String(i).padStart(3, '0')}`,
      `value ${i}`,
    ]),
  )
}

const table = () => screen.getByRole('grid', { name: 'Participant attributes' })

// The order matters: vitest gives each file fresh modules, so only the first test meets the chunk unloaded.
describe(`the attribute table above ${virtualizeAbove} rows`, () => {
  beforeEach(() => {
    // jsdom has no layout: give the scrolling viewport the size it would have in a browser.
    const sized = (size: number) =>
      function (this: HTMLElement) {
        return this.classList.contains('attr-scroller') ? size : 0
      }
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(sized(600))
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(sized(800))
  })

  it('says it is loading while the virtualizer arrives, then shows the virtualized rows', async () => {
    renderPanel(participantWith(250))
    // Until the chunk is in: a status for assistive technology, the top rows drawn but inert and hidden from it.
    expect(within(table()).getByRole('status')).toHaveTextContent('Loading all 250 attributes…')
    expect(within(table()).getByRole('rowgroup', { busy: true })).toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: 'Value of attr000' })).not.toBeInTheDocument()
    // Drawn (so nothing jumps when the real rows come) but inert: no focus or typing that a swap would drop.
    const placeholder = table().querySelector<HTMLElement>('[inert]')
    expect(placeholder).not.toBeNull()
    expect(within(placeholder as HTMLElement).getAllByRole('row', { hidden: true })).toHaveLength(20)

    // The chunk's first import can take seconds on a loaded machine.
    const first = await screen.findByRole('textbox', { name: 'Value of attr000' }, { timeout: 10_000 })
    expect(first).toHaveValue('value 0')
    expect(first.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '2')
    expect(table()).toHaveAttribute('aria-rowcount', '251')
    const rendered = within(table()).getAllByRole('row').length
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(100)
    expect(within(table()).queryByRole('status')).not.toBeInTheDocument()
    expect(within(table()).queryByRole('rowgroup', { busy: true })).not.toBeInTheDocument()
  })

  it(`keeps exactly ${virtualizeAbove} rows a plain table with every row in the DOM`, () => {
    renderPanel(participantWith(virtualizeAbove))
    // Header plus every row, at once: nothing to load.
    expect(within(table()).getAllByRole('row')).toHaveLength(virtualizeAbove + 1)
    expect(screen.getByRole('textbox', { name: 'Value of attr199' })).toHaveValue('value 199')
    expect(within(table()).queryByRole('status')).not.toBeInTheDocument()
  })

  it('crosses the threshold both ways with the filter and keeps a staged edit', async () => {
    const user = userEvent.setup()
    renderPanel(participantWith(250))
    const editor = await screen.findByRole('textbox', { name: 'Value of attr001' })
    await user.clear(editor)
    await user.type(editor, 'edited{Enter}')
    expect(screen.getByText('1 staged change')).toBeInTheDocument()

    // attr000–attr099: 100 rows, a plain table.
    const filter = screen.getByRole('searchbox', { name: 'Filter attributes' })
    await user.type(filter, 'attr0')
    expect(within(table()).getAllByRole('row')).toHaveLength(101)
    expect(screen.getByRole('textbox', { name: 'Value of attr001' })).toHaveValue('edited')

    // Back above the threshold: the chunk is loaded already, so the virtual rows come in the same render.
    await user.clear(filter)
    expect(within(table()).queryByRole('status')).not.toBeInTheDocument()
    expect(within(table()).getAllByRole('row').length).toBeLessThan(100)
    expect(screen.getByRole('textbox', { name: 'Value of attr001' })).toHaveValue('edited')
    expect(filter).toHaveFocus()
    // Mounting 100 grid rows per filter step is slow in jsdom on a shared machine; the speed is a bench figure.
  }, 20_000)

  it('keeps the row being typed in when it scrolls out of view, with its unstaged text', async () => {
    const user = userEvent.setup()
    renderPanel(participantWith(250))
    const editor = await screen.findByRole('textbox', { name: 'Value of attr001' })
    await user.clear(editor)
    await user.type(editor, 'half-typed')
    expect(screen.getByText('0 staged changes')).toBeInTheDocument()

    // The agent scrolls far down with the wheel while the cursor stays in the field.
    const scroller = table().querySelector<HTMLElement>('.attr-scroller')
    if (!scroller) throw new Error('no scroller')
    let scrollTop = 0
    vi.spyOn(scroller, 'scrollTop', 'get').mockImplementation(() => scrollTop)
    scrollTop = 240 * 64
    fireEvent.scroll(scroller)
    expect(await screen.findByRole('textbox', { name: 'Value of attr245' })).toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: 'Value of attr100' })).not.toBeInTheDocument()

    const kept = screen.getByRole('textbox', { name: 'Value of attr001' })
    expect(kept).toBe(editor)
    expect(kept).toHaveValue('half-typed')
    expect(kept).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByText('1 staged change')).toBeInTheDocument()

    // Once the field is left, it scrolls away like any other row.
    await user.click(screen.getByRole('textbox', { name: 'Value of attr245' }))
    expect(screen.queryByRole('textbox', { name: 'Value of attr001' })).not.toBeInTheDocument()
  })
})
