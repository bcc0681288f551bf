import { onlineManager } from '@tanstack/react-query'
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { createFakeGenesys } from '../test/fake-genesys.ts'
import { renderPanel } from '../test/render-panel.tsx'

/*
 * A commit that waits (a rate limit's countdown, the browser offline) sends what the user committed when they
 * pressed Commit, and nothing staged or changed since: those were never reviewed or committed (found by an outside
 * test: an edit staged during a 429 countdown rode along in the automatic retry).
 */
const seeded = { customerId: 'C-1001', tier: 'gold', intent: 'Billing' }

async function stage(user: ReturnType<typeof userEvent.setup>, name: string, value: string) {
  const editor = screen.getByRole('textbox', { name: `Value of ${name}` })
  await user.clear(editor)
  await user.type(editor, `${value}{Enter}`)
}

afterEach(() => onlineManager.setOnline(true))

/** tier staged as silver and committed into a 429 that asks for one second: the countdown is on screen. */
async function commitIntoRateLimit() {
  const user = userEvent.setup()
  const fake = createFakeGenesys(seeded)
  fake.script({
    kind: 'fail',
    error: 'rate-limited',
    status: 429,
    message: 'Retry the request in [1] seconds',
  })
  renderPanel(fake)
  await stage(user, 'tier', 'silver')
  await user.click(screen.getByRole('button', { name: 'Commit' }))
  expect(await screen.findByText(/retrying in 1 s/)).toBeInTheDocument()
  return { user, fake }
}

describe('AttributesPanel, a commit that waits', () => {
  it('retries after a rate limit with only what was committed; an edit staged meanwhile stays staged', async () => {
    const { user, fake } = await commitIntoRateLimit()
    await stage(user, 'intent', 'StagedDuringCountdown')

    await waitFor(() => expect(fake.patches).toHaveLength(2), { timeout: 3000 })
    expect(Object.keys(fake.patches[1] ?? {})).toEqual(['tier'])
    await waitFor(() => expect(fake.attributes().tier).toBe('silver'))
    expect(fake.attributes().intent).toBe('Billing')
    expect(screen.getByRole('textbox', { name: 'Value of intent' })).toHaveValue('StagedDuringCountdown')
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
  })

  it('a value changed during the countdown is not sent by the retry: the new value waits for its own commit', async () => {
    const { user, fake } = await commitIntoRateLimit()
    await stage(user, 'tier', 'diamond')

    // The countdown ends and retries: nothing of the request is left to send, so no PATCH goes out.
    await new Promise((resolve) => setTimeout(resolve, 1600))
    expect(fake.patches).toHaveLength(1)
    expect(fake.attributes().tier).toBe('gold')
    expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('diamond')
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
    expect(
      screen.getByText(
        'Not sent: “tier” changed after you pressed Commit. What you staged since is kept; commit again to send it.',
      ),
    ).toBeInTheDocument()
  })

  it('on a slow link, a value staged again while the commit reads the server is not sent, and the agent is told', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    renderPanel(fake)
    await stage(user, 'tier', 'silver')
    // The commit's read before sending takes its time (400 ms of latency); the agent restages tier meanwhile.
    const read = fake.client.getConversation.bind(fake.client)
    let answer: () => void = () => undefined
    fake.client.getConversation = (...args) =>
      new Promise((resolve, reject) => {
        answer = () => void read(...args).then(resolve, reject)
      })
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    await stage(user, 'tier', 'diamond')
    fake.client.getConversation = read
    await act(async () => {
      answer()
      await Promise.resolve()
    })

    expect(
      await screen.findByText(
        'Not sent: “tier” changed after you pressed Commit. What you staged since is kept; commit again to send it.',
      ),
    ).toBeInTheDocument()
    expect(fake.patches).toHaveLength(0)
    expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('diamond')
    expect(screen.getByText('1 staged change')).toBeInTheDocument()
  })

  it('offline: says nothing was sent, lets the edits be discarded, and sends only the committed value when back', async () => {
    const user = userEvent.setup()
    const fake = createFakeGenesys(seeded)
    renderPanel(fake)
    await stage(user, 'tier', 'silver')
    act(() => onlineManager.setOnline(false))
    await user.click(screen.getByRole('button', { name: 'Commit' }))
    expect(await screen.findByText(/You are offline. Nothing has been sent yet/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Discard all' })).toBeEnabled()
    await stage(user, 'intent', 'StagedWhileOffline')

    act(() => onlineManager.setOnline(true))
    await waitFor(() => expect(fake.attributes().tier).toBe('silver'))
    expect(fake.patches.map((patch) => Object.keys(patch))).toEqual([['tier']])
    expect(fake.attributes().intent).toBe('Billing')
    expect(screen.queryByText(/You are offline/)).not.toBeInTheDocument()
  })
})
