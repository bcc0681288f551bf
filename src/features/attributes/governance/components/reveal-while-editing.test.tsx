import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { attributePolicySchema } from '../../../../config/attribute-policy-schema.ts'
import { createFakeGenesys } from '../../test/fake-genesys.ts'
import { renderGovernedPanel } from '../test/render-governed-panel.tsx'

const policy = attributePolicySchema.parse({
  rules: [{ match: 'CallbackNumber', agent: 'masked' }],
  revealSeconds: 10,
})
const table = () => screen.getByRole('grid', { name: 'Participant attributes' })
const masked = () => within(table()).queryByRole('img', { name: 'Value of CallbackNumber is masked' })

beforeEach(() => sessionStorage.clear())
afterEach(() => vi.useRealTimers())

describe('a revealed masked value being edited', () => {
  it('stays revealed while its field has focus or a draft, shows the time left, and masks once left', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    const { container } = renderGovernedPanel(
      createFakeGenesys({ CallbackNumber: '+14155550142', Tier: 'Gold' }),
      {
        policy,
        role: 'agent',
      },
    )
    await user.click(screen.getByRole('button', { name: 'Reveal value of CallbackNumber for 10 seconds' }))
    const editor = screen.getByRole('textbox', { name: 'Value of CallbackNumber' })
    expect(within(table()).getByText('Shown 10 s more, longer while you edit.')).toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(3_000))
    expect(within(table()).getByText('Shown 7 s more, longer while you edit.')).toBeInTheDocument()

    await user.click(editor)
    await user.type(editor, '9')
    await act(() => vi.advanceTimersByTimeAsync(20_000))
    // Time is up, but the user is typing: the draft, the field and the focus are all still there.
    expect(masked()).toBeNull()
    expect(editor).toBeInTheDocument()
    expect(editor).toHaveFocus()
    expect(editor).toHaveValue('+141555501429')
    expect(
      within(table()).getByText(/Shown while you edit; masked when you leave the field/),
    ).toBeInTheDocument()

    // Leaving the field stages the draft and masks the value again at once.
    await user.tab()
    expect(masked()).not.toBeNull()
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
    expect(container.innerHTML).not.toContain('+14155550142')
  })

  it('still masks on time when the revealed value is not touched', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    renderGovernedPanel(createFakeGenesys({ CallbackNumber: '+14155550142' }), { policy, role: 'agent' })
    await user.click(screen.getByRole('button', { name: 'Reveal value of CallbackNumber for 10 seconds' }))
    expect(masked()).toBeNull()
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(masked()).not.toBeNull()
  })
})
