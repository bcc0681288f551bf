import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel } from '../test/render-panel.tsx'
import { virtualizeAbove } from './table-body.ts'

const xss = '<img src=x onerror="window.__pwned=1">'

describe('AttributesPanel with hostile or huge data', () => {
  it('renders hostile names and values as text and round-trips them unchanged', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys([
      ['__proto__', 'proto-value'],
      ['constructor', 'ctor'],
      [xss, '<script>alert(1)</script>'],
      ['json', '{"a":[1,2,{"b":"https://example.com/?q=1&r=2"}]}'],
    ])
    const { container } = renderPanel(fake)
    expect(container.querySelector('img, script')).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Value of __proto__' })).toHaveValue('proto-value')
    expect(screen.getByRole('textbox', { name: 'Value of constructor' })).toHaveValue('ctor')
    expect(screen.getByRole('textbox', { name: `Value of ${xss}` })).toHaveValue('<script>alert(1)</script>')
    expect(screen.getByText(xss)).toBeInTheDocument()
    // The formatter arrives in its own chunk.
    expect(await screen.findByText('Formatted JSON')).toBeInTheDocument()

    const editor = screen.getByRole('textbox', { name: 'Value of __proto__' })
    await user.clear(editor)
    await user.type(editor, xss.replaceAll('{', '{{').replaceAll('[', '[[') + '{Enter}')
    await user.type(screen.getByLabelText('Attribute name'), 'toString')
    await user.type(screen.getByLabelText('Attribute value'), 'javascript:alert(1)')
    await user.click(screen.getByRole('button', { name: 'Add attribute' }))
    expect(container.querySelector('img, script')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Commit' }))

    await waitFor(() => expect(fake.patches).toHaveLength(1))
    const patch = fake.patches[0] ?? {}
    expect(Object.keys(patch).sort()).toEqual(['__proto__', 'toString'])
    expect(patch.__proto__).toBe(xss)
    expect(Object.getPrototypeOf(patch)).toBeNull()
    await waitFor(() => expect(screen.getByText('0 staged changes')).toBeInTheDocument())
    // Confirmed from server data (not just our edit): the cache kept `__proto__` as an ordinary attribute.
    const protoRow = screen
      .getByRole('textbox', { name: 'Value of __proto__' })
      .closest('[role="row"]') as HTMLElement
    await waitFor(
      () =>
        expect(
          within(protoRow).queryByText(
            /^(Added|Changed|Cleared|Conflict|Saving…|Confirming…|Not confirmed)$/,
          ),
        ).toBeNull(),
      {
        timeout: 3000,
      },
    )
    expect(within(protoRow).queryByText(/Changed elsewhere/)).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Value of __proto__' })).toHaveValue(xss)
    expect(screen.getByRole('textbox', { name: 'Value of toString' })).toHaveValue('javascript:alert(1)')
    expect((window as unknown as Record<string, unknown>).__pwned).toBeUndefined()
  })

  it(`renders 5,000 attributes quickly by virtualizing above ${virtualizeAbove} rows`, async () => {
    // jsdom has no layout: give the scrolling viewport the size it would have in a browser.
    const sized = (size: number) =>
      function (this: HTMLElement) {
        return this.classList.contains('attr-scroller') ? size : 0
      }
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(sized(600))
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(sized(800))
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`attr${i}`, `value ${i}`]))
    // The virtualizer is its own chunk (loaded on the first participant above the threshold): fetch it first, so
    // the time below is rendering, not the test runner compiling the chunk.
    await import('./virtual-rows.tsx')
    const started = performance.now()
    renderPanel(createFakeGenesys(many))
    expect(await screen.findByRole('textbox', { name: 'Value of attr0' })).toHaveValue('value 0')
    const elapsed = performance.now() - started
    const table = screen.getByRole('grid', { name: 'Participant attributes' })
    expect(table).toHaveAttribute('aria-rowcount', '5001')
    const rendered = within(table).getAllByRole('row').length
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(100)
    console.info(`5,000 attributes: first render ${elapsed.toFixed(0)} ms, ${rendered} rows in the DOM`)
    expect(elapsed).toBeLessThan(3000)
  })
})
