import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { resolveRuntimeConfig } from '../../../config/resolve-runtime-config.ts'
import { AuthFlowError } from '../model/auth-failure.ts'
import type { LoadedGrantDriver } from '../drivers/grant-driver.ts'
import { createOnDemandDriver } from '../drivers/on-demand-driver.ts'
import { createTokenStore, tokenFromResponse } from '../session/token-record.ts'
import { AuthProvider } from './auth-provider.tsx'
import { SignInGate } from './sign-in-gate.tsx'
import type { AuthSession } from '../model/auth-session.ts'
import { received, testSession } from '../test/test-session.ts'

const config = resolveRuntimeConfig(
  { clientId: 'widget-local', region: 'emulator', emulatorOrigin: 'http://127.0.0.1:8700' },
  new URLSearchParams(),
  window.location,
)
const unavailable = 'Sign-in could not start: part of this app did not download.'

/** The sign-in chunk fails to arrive `failures` times (offline), then arrives with a grant that signs in. */
function flakyChunk(failures: number) {
  let attempts = 0
  const grant: LoadedGrantDriver = {
    redirect: () => Promise.resolve(),
    popup: (popup) => {
      popup.close()
      return Promise.resolve(received(3600, 'token-fresh'))
    },
    completeRedirect: () => Promise.resolve(received(3600)),
    clear: () => Promise.resolve(),
  }
  return () => {
    attempts += 1
    return attempts <= failures
      ? Promise.reject(
          new AuthFlowError('sign-in-unavailable', 'Failed to fetch dynamically imported module'),
        )
      : Promise.resolve(grant)
  }
}

function fakePopup() {
  const popup = { closed: false, close: vi.fn(() => (popup.closed = true)) }
  return popup
}

function renderGate(session: AuthSession) {
  return render(
    <AuthProvider config={config} session={session}>
      <SignInGate>
        <p>Participant data</p>
      </SignInGate>
    </AuthProvider>,
  )
}

afterEach(() => vi.useRealTimers())

describe('sign-in when its code cannot be downloaded', () => {
  it('says what happened and what to do, and Try again signs in once the code arrives', async () => {
    const popup = fakePopup()
    vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window)
    const { session } = testSession({ driver: createOnDemandDriver(flakyChunk(1)), usePopupAuth: true })
    renderGate(session)

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(unavailable)
    expect(alert).toHaveTextContent('Check your network connection, then try again.')
    expect(popup.close).toHaveBeenCalled() // no empty window left behind the message

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Participant data')).toBeInTheDocument()
    expect(session.getAccessToken()).toBe('token-fresh')
  })

  it('renewing in a frame offline keeps the app and the session, and says why Renew did not work', async () => {
    vi.useFakeTimers({ now: 0 })
    vi.spyOn(Math, 'random').mockReturnValue(0)
    const tokenStore = createTokenStore(sessionStorage, 'widget-local', 'http://127.0.0.1:8700')
    tokenStore.write(tokenFromResponse(received(100, 'token-old'), 0))
    // Without a click the browser blocks the renewal popup; the click on Renew opens it.
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    const { session } = testSession({ driver: createOnDemandDriver(flakyChunk(Infinity)), isFramed: true })
    renderGate(session)
    await act(() => vi.advanceTimersByTimeAsync(80_000))
    expect(screen.getByRole('alert')).toHaveTextContent('Your Genesys session ends in')

    open.mockReturnValue(fakePopup() as unknown as Window)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Renew' }))
      await vi.advanceTimersByTimeAsync(0)
    })
    expect(screen.getByRole('alert')).toHaveTextContent(unavailable)
    expect(screen.getByText('Participant data')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Sign in to Genesys Cloud' })).not.toBeInTheDocument()
    expect(session.getAccessToken()).toBe('token-old')
  })
})
