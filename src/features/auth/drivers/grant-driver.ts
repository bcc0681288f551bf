import type { ReceivedToken } from '../session/token-record.ts'

/**
 * What the session needs from a grant. The session's driver is on-demand-driver.ts: it opens the popup itself and
 * hands everything else to the grant's own code, a LoadedGrantDriver, once the sign-in chunk has arrived.
 */
export interface GrantDriver {
  /** Leaves this page for the login page. `carryId` rides in the OAuth state so the launch parameters come back. */
  redirect(carryId: string): Promise<void>
  /**
   * Signs in through a popup. Browsers allow popups only during a click, so implementations open the window
   * synchronously, before their first await. Rejects with AuthFlowError('popup-blocked') when no window opened.
   */
  popup(): Promise<ReceivedToken>
  /** Finishes a redirect answer in this window (state check, code exchange). */
  completeRedirect(href: string): Promise<ReceivedToken>
  /** Forgets any sign-in in progress and anything the grant kept. */
  clear(): Promise<void>
}

/**
 * A grant's own code: PKCE (oidc-client-ts) and implicit (our adapter), in the sign-in chunk (decision 0031).
 * Its popup is handed the window the click already opened, since the chunk may have arrived only after the click.
 * It owns that window from then on and closes it when it is done.
 */
export interface LoadedGrantDriver extends Omit<GrantDriver, 'popup'> {
  popup(popup: Window): Promise<ReceivedToken>
}

export interface GrantDriverSettings {
  clientId: string
  loginOrigin: string
  redirectUri: string
  scopes: readonly string[]
}
