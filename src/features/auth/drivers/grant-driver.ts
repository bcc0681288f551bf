import type { ReceivedToken } from '../session/token-record.ts'

/** What the session needs from a grant; PKCE (oidc-client-ts) and implicit (our adapter) both provide it. */
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

export interface GrantDriverSettings {
  clientId: string
  loginOrigin: string
  redirectUri: string
  scopes: readonly string[]
}
