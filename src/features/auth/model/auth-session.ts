import type { AuthFailure } from './auth-failure.ts'

export type AuthStatus = 'signed-out' | 'signing-in' | 'signed-in' | 'error'
/** How the login page opens; also stored with a pending implicit sign-in (drivers/implicit-driver.ts). */
export type SignInMethod = 'redirect' | 'popup'

/**
 * - `none`: nothing to do; `renewing`: a renewal is under way (here or in a sibling frame);
 * - `due`: renewal time came and it could not happen silently: the prompt offers "Renew";
 * - `expired`: the token ran out; work on screen is kept and the prompt asks to sign in again.
 */
export type RenewalState = 'none' | 'renewing' | 'due' | 'expired'

export interface AuthSnapshot {
  status: AuthStatus
  failure: AuthFailure | undefined
  /** Local clock, ms; computed from expires_in when the token arrived. */
  expiresAt: number | undefined
  renewal: RenewalState
  /** True from the first token until the user signs out: the gate keeps the app mounted across expiry. */
  hadSession: boolean
  /** How "Sign in" and "Renew" will open the login page here (popup in Genesys frames that ask for it). */
  preferredMethod: SignInMethod
  /** How renewals and re-authentication open the login page here ("Renew" in the prompt uses it too). */
  renewalMethod: SignInMethod
  /**
   * Names the last token this session held (its `obtainedAt`): new with every token, kept while it expires, gone
   * on sign-out. Whoever signs in next may be someone else, so whose staged edits show waits for `users/me` on it.
   */
  tokenTag?: number
  /** What the app saved before a sign-in redirect (its screen), handed back once after the redirect. */
  returnState: unknown
}

export interface AuthSession {
  getSnapshot: () => AuthSnapshot
  subscribe: (listener: () => void) => () => void
  /** The current token, or null when there is none or it has expired. Never log it. */
  getAccessToken(): string | null
  signIn(options?: { method?: SignInMethod }): Promise<void>
  /** For a 401: resolves true once a fresh token is at hand (popup, prompt, or a sibling frame's renewal). */
  reauthenticate(): Promise<boolean>
  signOut(): Promise<void>
  /**
   * After a sign-out here, once the app has forgotten the user: ends the Genesys login session, so the next
   * "Sign in" shows the login page (in a tab the page goes to the logout page and comes back signed out).
   */
  endLoginSession?(): void
  /** Finishes the OAuth answer found at start-up, if any. */
  handleCallbackIfPresent(): Promise<void>
  /** The app registers how to save its screen before a redirect (JSON-serialisable). */
  setReturnStateProvider(provider: (() => unknown) | undefined): void
  /** Starts timers and listeners; returns the matching stop. */
  start(): () => void
}
