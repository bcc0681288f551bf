import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
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

describe('AttributesPanel with other writers', () => {
  it('shows a live change to another name and keeps it after commit', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    const view = renderPanel(fake)
    await stage(user, 'tier', 'silver')
    fake.writeElsewhere({ intent: 'fraud', ivrPath: 'main>billing' })
    act(() => {
      view.deliverLiveUpdate()
    })
    expect(await within(rowOf('intent')).findByText(/Changed elsewhere/)).toBeInTheDocument()
    expect(within(rowOf('intent')).getByText('was billing')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Value of ivrPath' })).toHaveValue('main>billing')
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await waitFor(() => expect(fake.patches).toHaveLength(1))
    expect({ ...fake.patches[0] }).toEqual({ tier: 'silver' })
    await waitFor(() => expect(fake.attributes().tier).toBe('silver'))
    expect(fake.attributes().intent).toBe('fraud')
  })

  it('marks a conflict on the same name, holds it back, and sends mine only after "Keep mine"', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    const view = renderPanel(fake)
    await stage(user, 'tier', 'silver')
    await stage(user, 'intent', 'sales')
    fake.writeElsewhere({ tier: 'platinum' })
    act(() => {
      view.deliverLiveUpdate()
    })
    expect(await within(rowOf('tier')).findByText('Conflict')).toBeInTheDocument()
    const row = rowOf('tier')
    expect(within(row).getByText('Server now: platinum')).toBeInTheDocument()
    expect(within(row).getByText('Yours: silver')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await waitFor(() => expect(fake.patches).toHaveLength(1))
    expect({ ...fake.patches[0] }).toEqual({ intent: 'sales' })
    expect(await screen.findByText(/1 change was changed elsewhere and not sent/)).toBeInTheDocument()
    expect(fake.attributes().tier).toBe('platinum')

    await user.click(screen.getByRole('button', { name: 'Keep mine for tier' }))
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await waitFor(() => expect(fake.patches).toHaveLength(2))
    expect({ ...fake.patches[1] }).toEqual({ tier: 'silver' })
    await waitFor(() => expect(fake.attributes().tier).toBe('silver'))
  })

  it('keeps what the user is typing when the same value changes live, and stages it as a conflict', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    const view = renderPanel(fake)
    const editor = screen.getByRole('textbox', { name: 'Value of tier' })
    await user.clear(editor)
    await user.type(editor, 'silver')
    fake.writeElsewhere({ tier: 'platinum' })
    act(() => {
      view.deliverLiveUpdate()
    })
    expect(await within(rowOf('tier')).findByText(/Changed elsewhere/)).toBeInTheDocument()
    expect(editor).toHaveValue('silver')
    await user.keyboard('{Enter}')
    expect(within(rowOf('tier')).getByText('Conflict')).toBeInTheDocument()
    expect(within(rowOf('tier')).getByText('Server now: platinum')).toBeInTheDocument()
  })

  it('drops my edit on "Use theirs" and never sends it', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    const view = renderPanel(fake)
    await stage(user, 'tier', 'silver')
    fake.writeElsewhere({ tier: 'platinum' })
    act(() => {
      view.deliverLiveUpdate()
    })
    await user.click(await screen.findByRole('button', { name: 'Use theirs for tier' }))
    expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('platinum')
    expect(screen.getByText('0 staged changes')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Commit' })).toBeDisabled()
    expect(fake.patches).toHaveLength(0)
  })

  it('detects a conflict at commit time from a fresh GET when the socket is down', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    renderPanel(fake, { liveStatus: 'down' })
    await stage(user, 'tier', 'silver')
    fake.writeElsewhere({ tier: 'platinum' }) // no live event: the socket is down
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    expect(await within(rowOf('tier')).findByText('Conflict')).toBeInTheDocument()
    expect(fake.patches).toHaveLength(0)
    expect(fake.attributes().tier).toBe('platinum')
  })
})
