import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { resolveRuntimeConfig } from '../../../config/resolve-runtime-config.ts'
import { AuthFlowError } from '../model/auth-failure.ts'
import type { AuthSession } from '../model/auth-session.ts'
import { AuthProvider } from './auth-provider.tsx'
import { quietRenewalMs } from './session-expiry-prompt.tsx'
import { SignInGate } from './sign-in-gate.tsx'
import { received, testSession } from '../test/test-session.ts'

const config = resolveRuntimeConfig(
  {
    clientId: 'widget-local',
    region: 'emulator',
    emulatorOrigin: 'http://127.0.0.1:8700',
    tokenRenewalLeadSeconds: 60,
  },
  new URLSearchParams(),
  window.location,
)

afterEach(() => vi.useRealTimers())

/** The gate around a stand-in for the app, whose text must stay on screen whatever the prompt says. */
function renderApp(session: AuthSession) {
  render(
    <AuthProvider config={config} session={session}>
      <SignInGate>
        <p>Participant data</p>
      </SignInGate>
    </AuthProvider>,
  )
}

describe('SessionExpiryPrompt', () => {
  it('counts down with a Renew button when renewal could not happen silently, without hiding the app', async () => {
    vi.useFakeTimers({ now: 0 })
    vi.spyOn(Math, 'random').mockReturnValue(0)
    const { session, driver } = testSession({ isFramed: true })
    driver.popup
      .mockResolvedValueOnce(received(100))
      .mockRejectedValueOnce(new AuthFlowError('popup-blocked'))
    renderApp(session)
    await act(() => session.signIn({ method: 'popup' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(80_000))
    expect(screen.getByRole('alert')).toHaveTextContent('Your Genesys session ends in 20 s.')
    await act(() => vi.advanceTimersByTimeAsync(5_000))
    expect(screen.getByRole('alert')).toHaveTextContent('Your Genesys session ends in 15 s.')
    expect(screen.getByText('Participant data')).toBeInTheDocument()
    driver.popup.mockResolvedValueOnce(received(100, 'token-2'))
    const renew = screen.getByRole('button', { name: 'Renew' })
    await act(async () => {
      fireEvent.click(renew)
      await vi.advanceTimersByTimeAsync(0)
    })
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(session.getAccessToken()).toBe('token-2')
  })

  it('says nothing while a 401’s re-authentication is answered at once, and speaks up if it takes long', async () => {
    vi.useFakeTimers({ now: 0 })
    const { session, driver } = testSession({ usePopupAuth: true })
    renderApp(session)
    await act(() => session.signIn({ method: 'popup' }))
    // The live login session answers the popup: no banner comes and goes, so nothing under it moves.
    let answer: (value: ReturnType<typeof received>) => void = () => undefined
    driver.popup.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
    await act(async () => {
      void session.reauthenticate()
      await vi.advanceTimersByTimeAsync(quietRenewalMs - 100)
    })
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByText('Participant data')).toBeInTheDocument()
    // Past that the agent is told, with the button showing it is under way.
    await act(() => vi.advanceTimersByTimeAsync(200))
    expect(screen.getByRole('alert')).toHaveTextContent('Your Genesys session has ended.')
    expect(screen.getByRole('button', { name: 'Renewing…' })).toBeDisabled()
    await act(async () => {
      answer(received(3600, 'token-2'))
      await vi.advanceTimersByTimeAsync(0)
    })
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(session.getAccessToken()).toBe('token-2')
  })
})
