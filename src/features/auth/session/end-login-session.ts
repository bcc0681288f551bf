import { loginPopupFeatures } from '../drivers/sign-in-popup.ts'

/**
 * Ends the Genesys login session, as the official SDKs' `logout()` does (purecloud-platform-client-v2 and the
 * client-auth SDK): the browser goes to `https://login.<domain>/logout?client_id=…&redirect_uri=…`, and Genesys sends
 * it back to `redirect_uri` with its session cookie gone, so the next "Sign in" shows the login page instead of
 * silently bringing back the agent who left. No token goes into the URL.
 */
export function logoutUrl(loginOrigin: string, clientId: string, returnTo: string): string {
  const url = new URL('/logout', loginOrigin)
  url.searchParams.set('client_id', clientId)
  url.searchParams.set('redirect_uri', returnTo)
  return url.toString()
}

const pollMs = 250
const giveUpMs = 60_000

/**
 * In a frame the page cannot leave (the desktop would show the login host's refusal), so a popup, opened while the
 * Sign out click's user activation lasts, goes to the logout page and is closed once it is back on our origin.
 * Returns false when the browser blocked it.
 */
export function endLoginSessionInPopup(url: string, win: Window = window): boolean {
  const popup = win.open(url, 'pdw-genesys-sign-out', loginPopupFeatures)
  if (!popup) return false
  const started = Date.now()
  const timer = win.setInterval(() => {
    let back: boolean
    try {
      // Cross-origin while on the login host: reading the origin throws until it has sent the popup back.
      back = popup.location.origin === win.location.origin
    } catch {
      back = false
    }
    if (popup.closed || back || Date.now() - started > giveUpMs) {
      win.clearInterval(timer)
      if (!popup.closed) popup.close()
    }
  }, pollMs)
  return true
}
