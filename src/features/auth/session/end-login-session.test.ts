import { describe, expect, it, vi } from 'vitest'
import { received, testSession } from '../test/test-session.ts'
import { logoutUrl } from './end-login-session.ts'

const loginLogout = () => ({ popup: vi.fn(() => true), leave: vi.fn() })

describe('sign-out ends the Genesys login session', () => {
  it('builds the logout address as the official SDKs do, with no token in it', () => {
    const url = new URL(
      logoutUrl('https://login.mypurecloud.ie', 'client-1', 'https://w.example/?gcConversationId=c1'),
    )
    expect(url.origin + url.pathname).toBe('https://login.mypurecloud.ie/logout')
    expect(url.searchParams.get('client_id')).toBe('client-1')
    expect(url.searchParams.get('redirect_uri')).toBe('https://w.example/?gcConversationId=c1')
  })

  it('in a tab, the page leaves for the logout only once the app has forgotten the user', async () => {
    const logout = loginLogout()
    const { session } = testSession({ loginLogout: logout, usePopupAuth: true })
    await session.signIn()
    await session.signOut()
    expect(logout.popup).not.toHaveBeenCalled()
    expect(logout.leave).not.toHaveBeenCalled()
    session.endLoginSession?.()
    session.endLoginSession?.()
    expect(logout.leave).toHaveBeenCalledTimes(1)
  })

  it('in a frame, a popup opens in the click, before anything is awaited, with the token already gone', async () => {
    const logout = loginLogout()
    const { session, driver } = testSession({ loginLogout: logout, isFramed: true })
    driver.popup.mockResolvedValue(received(3600))
    await session.signIn({ method: 'popup' })
    let tokenWhenOpened: string | null = 'unset'
    logout.popup.mockImplementation(() => {
      tokenWhenOpened = sessionStorage.getItem('pdw.auth.token:widget-local@http://127.0.0.1:8700')
      return true
    })
    const signingOut = session.signOut()
    expect(logout.popup).toHaveBeenCalledTimes(1)
    expect(tokenWhenOpened).toBeNull()
    await signingOut
    session.endLoginSession?.()
    expect(logout.leave).not.toHaveBeenCalled()
  })

  it('without a sign-out here (an expiry, a sibling frame signing out) the page stays', async () => {
    const logout = loginLogout()
    const { session } = testSession({ loginLogout: logout, usePopupAuth: true })
    await session.signIn()
    session.endLoginSession?.()
    expect(logout.leave).not.toHaveBeenCalled()
  })
})
