import type { RuntimeConfig } from '../../../config/resolve-runtime-config.ts'
import { sessionStore } from '../../../lib/session-store.ts'
import type { AuthSession } from '../model/auth-session.ts'
import type { PendingCallback } from './auth-startup.ts'
import type { GrantDriverSettings } from '../drivers/grant-driver.ts'
import { loadOidcLibrary, loadSignInDrivers } from '../drivers/load-sign-in-code.ts'
import { createOnDemandDriver } from '../drivers/on-demand-driver.ts'
import { createAuthSession } from './session-controller.ts'
import { scheduleSignInPreload } from './sign-in-preload.ts'
import { createTokenStore } from './token-record.ts'
import { endLoginSessionInPopup, logoutUrl } from './end-login-session.ts'
import { isTypingHeld } from '../../../lib/typing-hold.ts'
import { pickLaunchParams } from '../../../config/launch-context.ts'

/** Inside the Genesys desktop the widget is framed; a cross-origin parent makes `top` unreadable, which also means framed. */
export function isFramed(win: Window): boolean {
  try {
    return win.self !== win.top
  } catch {
    return true
  }
}

/** Picks the grant from config and wires the session to this window's sessionStorage. */
export function createAuthSessionFromConfig(
  config: RuntimeConfig,
  callback: PendingCallback | undefined,
  win: Window = window,
): AuthSession {
  // In a cross-site frame the browser may refuse sessionStorage; then state lives in memory for this frame.
  const { storage, persistent } = sessionStore(win)
  const settings: GrantDriverSettings = {
    clientId: config.clientId,
    loginOrigin: config.region.loginOrigin,
    redirectUri: config.redirectUri,
    scopes: config.scopes,
  }
  // The grant's code is a chunk of its own (decision 0031); PKCE also needs oidc-client-ts, fetched beside it.
  const driver = createOnDemandDriver(async () => {
    const [drivers] = await Promise.all([
      loadSignInDrivers(),
      config.grant === 'pkce' ? loadOidcLibrary() : undefined,
    ])
    return drivers.createGrantDriver(config.grant, settings, storage, loadOidcLibrary)
  })
  // Back to this app with its launch (the conversation), never with a token or an OAuth answer.
  const returnTo = () => {
    const url = new URL(config.redirectUri)
    url.search = pickLaunchParams(new URLSearchParams(win.location.search)).toString()
    return url.toString()
  }
  const session = createAuthSession({
    driver,
    tokenStore: createTokenStore(storage, config.clientId, config.region.loginOrigin),
    storage,
    callback,
    currentSearch: () => win.location.search,
    isFramed: isFramed(win),
    // Without storage a redirect would come back to nothing (no PKCE verifier, no carried launch): popup only.
    usePopupAuth: config.launch.usePopupAuth || !persistent,
    renewalLeadSeconds: config.tokenRenewalLeadSeconds,
    shareTokensOverChannel: !persistent,
    isTypingHeld,
    revokeToken: (accessToken) => {
      // keepalive: a tab that leaves for the Genesys logout page right after must not cancel it.
      void fetch(new URL('/api/v2/tokens/me', config.region.apiOrigin), {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${accessToken}` },
        keepalive: true,
      }).catch(() => undefined)
    },
    loginLogout: {
      popup: () =>
        endLoginSessionInPopup(logoutUrl(config.region.loginOrigin, config.clientId, returnTo()), win),
      leave: () => win.location.replace(logoutUrl(config.region.loginOrigin, config.clientId, returnTo())),
    },
  })
  return {
    ...session,
    start() {
      const stop = session.start()
      const signedIn = session.getSnapshot().status === 'signed-in'
      const cancelPreload = scheduleSignInPreload(
        !signedIn,
        // Signed in from a stored token: the small chunk only; oidc-client-ts waits for an actual sign-in.
        signedIn ? () => void loadSignInDrivers().catch(() => undefined) : driver.preload,
        win,
      )
      return () => {
        cancelPreload()
        stop()
      }
    },
  }
}
