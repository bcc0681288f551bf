import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ToolsDisclosureProvider, useToolsOpen } from './tools-disclosure.tsx'

function Toggle() {
  const [open, setOpen] = useToolsOpen()
  return (
    <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
      Tools
    </button>
  )
}

describe('the Tools open state', () => {
  it('is remembered by the widget when its panel is replaced (another participant or conversation)', async () => {
    const user = userEvent.setup()
    const view = render(
      <ToolsDisclosureProvider>
        <Toggle key="first" />
      </ToolsDisclosureProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'Tools' }))
    view.rerender(
      <ToolsDisclosureProvider>
        <Toggle key="second" />
      </ToolsDisclosureProvider>,
    )
    expect(screen.getByRole('button', { name: 'Tools' })).toHaveAttribute('aria-expanded', 'true')
  })

  it('starts closed in each widget, and outside one belongs to the panel alone', async () => {
    const user = userEvent.setup()
    render(
      <>
        <ToolsDisclosureProvider>
          <Toggle />
        </ToolsDisclosureProvider>
        <Toggle />
      </>,
    )
    const [inWidget, alone] = screen.getAllByRole('button', { name: 'Tools' })
    expect(inWidget).toHaveAttribute('aria-expanded', 'false')
    await user.click(alone as HTMLElement)
    expect(alone).toHaveAttribute('aria-expanded', 'true')
    expect(inWidget).toHaveAttribute('aria-expanded', 'false')
  })
})
