import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { resolveRuntimeConfig } from '../../../config/resolve-runtime-config.ts'
import { registerGerman } from '../../../test/german.ts'
import { LanguageProvider, type Language } from '../../../ui/i18n.tsx'
import { AuthFlowError } from '../model/auth-failure.ts'
import { AuthProvider } from './auth-provider.tsx'
import type { AuthSession } from '../model/auth-session.ts'
import { SignInGate } from './sign-in-gate.tsx'
import { SignOutButton } from './sign-out-button.tsx'
import { received, testSession } from '../test/test-session.ts'

function configFor(grant: 'pkce' | 'implicit', query = '') {
  const raw = { clientId: 'widget-local', grant, region: 'emulator', emulatorOrigin: 'http://127.0.0.1:8700' }
  return resolveRuntimeConfig(raw, new URLSearchParams(query), window.location)
}

function renderGate(
  session: AuthSession,
  { grant = 'pkce', language = 'en' }: { grant?: 'pkce' | 'implicit'; language?: Language } = {},
) {
  return render(
    <LanguageProvider language={language}>
      <AuthProvider config={configFor(grant)} session={session}>
        <SignInGate>
          <p>Participant data</p>
          <SignOutButton />
        </SignInGate>
      </AuthProvider>
    </LanguageProvider>,
  )
}

describe('SignInGate', () => {
  it('shows a calm sign-in screen with the region, and the app after sign-in', async () => {
    const { session, driver } = testSession({ usePopupAuth: true })
    renderGate(session)
    expect(screen.getByRole('heading', { name: 'Sign in to Genesys Cloud' })).toBeInTheDocument()
    expect(screen.getByText('Local emulator (http://127.0.0.1:8700)')).toBeInTheDocument()
    expect(screen.queryByText(/implicit grant/)).not.toBeInTheDocument()
    expect(screen.queryByText('Participant data')).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(driver.popup).toHaveBeenCalledTimes(1)
    expect(await screen.findByText('Participant data')).toBeInTheDocument()
  })

  it('says that the implicit grant is being retired when config uses it', () => {
    renderGate(testSession().session, { grant: 'implicit' })
    expect(screen.getByRole('status')).toHaveTextContent(/Genesys Cloud is retiring.*2026.*2027.*PKCE/)
  })

  it('shows what went wrong and what to do, with a Try again button that retries', async () => {
    const { session, driver } = testSession({ usePopupAuth: true })
    driver.popup.mockRejectedValueOnce(new AuthFlowError('popup-blocked'))
    renderGate(session)
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The browser blocked the sign-in window. Allow pop-ups for this site, then try again.',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Participant data')).toBeInTheDocument()
    expect(driver.popup).toHaveBeenCalledTimes(2)
  })

  it('shows the server’s own words as text, never as markup', async () => {
    const { session, driver } = testSession({ usePopupAuth: true })
    driver.popup.mockRejectedValueOnce(new AuthFlowError('access-denied', '<img src=x onerror=alert(1)>'))
    renderGate(session)
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('Details: <img src=x onerror=alert(1)>')).toBeInTheDocument()
    expect(document.querySelector('img')).toBeNull()
  })

  it('keeps the app on screen when the session ends, with a prompt to sign in again', async () => {
    const { session, driver } = testSession({ usePopupAuth: true })
    driver.popup
      .mockResolvedValueOnce(received(3600))
      .mockRejectedValueOnce(new AuthFlowError('popup-blocked'))
    renderGate(session)
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    // A 401 whose re-authentication popup the browser blocks: the user must act, the work stays.
    await act(async () => {
      void session.reauthenticate()
      await Promise.resolve()
    })
    expect(screen.getByText('Participant data')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your Genesys session has ended. Your changes are kept; sign in again to save them.',
    )
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument()
  })

  it('signs out back to the sign-in screen', async () => {
    const { session } = testSession({ usePopupAuth: true })
    renderGate(session)
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }))
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument()
    expect(screen.queryByText('Participant data')).not.toBeInTheDocument()
  })

  it('speaks German when Genesys asks for it', () => {
    registerGerman()
    renderGate(testSession().session, { language: 'de' })
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeInTheDocument()
  })
})
