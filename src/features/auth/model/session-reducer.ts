import type { AuthFailure } from './auth-failure.ts'
import type { AuthSnapshot, SignInMethod } from './auth-session.ts'

/**
 * Everything that changes what the session shows, as events. The controller (session-controller.ts) does the
 * I/O (token store, channel, timers, the login page) and reports what happened here; this reducer alone decides
 * the snapshot, so every transition can be read and tested without a browser or a clock.
 */
export type SessionEvent =
  /** A token arrived (login answer, a sibling frame's renewal, a fresher one in storage). */
  | { type: 'token-adopted'; expiresAt: number; obtainedAt?: number }
  /** The login page is being opened. `hasToken`: a still-valid token keeps the app working meanwhile. */
  | { type: 'login-opened'; method: SignInMethod; hasToken: boolean }
  /** The redirect answer found at start-up is being finished. */
  | { type: 'callback-started'; returnState: unknown }
  /** A sign-in or renewal failed. `hasToken`: the old token still works; `quiet`: nobody clicked, say nothing. */
  | { type: 'login-failed'; failure: AuthFailure; hasToken: boolean; quiet: boolean }
  /** Back from the login page through the page cache, or an old redirect never answered. */
  | { type: 'login-unanswered'; failure: AuthFailure }
  /** Renewal time came and a sibling frame has claimed it; its broadcast will bring the token. */
  | { type: 'sibling-renewing' }
  /** A renewal could not happen silently (here or in a sibling): the prompt offers "Renew". */
  | { type: 'renewal-due' }
  /** The token ran out with nobody renewing it; work on screen is kept. */
  | { type: 'token-expired' }
  /** The token is gone before its time: the server refused it, or a sibling cleared it. */
  | { type: 'token-lost' }
  /** The user signed out, here (`here`) or in a sibling frame. */
  | { type: 'signed-out'; here: boolean }

export interface InitialSessionFacts {
  /** A valid token from an earlier page load or a sibling frame; ignored while a redirect answer is pending. */
  storedTokenExpiresAt: number | undefined
  /** That token's `obtainedAt`, which names it (`tokenTag`). */
  storedTokenObtainedAt?: number | undefined
  hasCallback: boolean
  /** A redirect left from here never came back: `framed` tells whether it left from a frame. */
  unansweredRedirect: { framed: boolean } | undefined
  isFramed: boolean
  usePopupAuth: boolean
  /** Only used to build the failure for an unanswered redirect. */
  failure: (kind: 'frame-refused' | 'no-answer') => AuthFailure
}

export function initialSessionSnapshot(facts: InitialSessionFacts): AuthSnapshot {
  const unanswered = facts.hasCallback ? undefined : facts.unansweredRedirect
  // In a frame the login page refused the redirect: say so, and use a popup from now on.
  const frameRefused = unanswered !== undefined && unanswered.framed && facts.isFramed
  const base: AuthSnapshot = {
    status: unanswered ? 'error' : 'signed-out',
    failure: unanswered ? facts.failure(frameRefused ? 'frame-refused' : 'no-answer') : undefined,
    expiresAt: undefined,
    renewal: 'none',
    hadSession: false,
    preferredMethod: facts.usePopupAuth || frameRefused ? 'popup' : 'redirect',
    // Renewing inside a frame never redirects: if the login session has ended, the login page would replace the
    // widget with a refusal until the desktop reloads it. A popup (or the prompt's Renew button) is safe.
    renewalMethod: facts.usePopupAuth || facts.isFramed || frameRefused ? 'popup' : 'redirect',
    returnState: undefined,
  }
  // Signed in without a flash of the sign-in screen.
  if (facts.hasCallback || facts.storedTokenExpiresAt === undefined) return base
  return {
    ...base,
    status: 'signed-in',
    failure: undefined,
    expiresAt: facts.storedTokenExpiresAt,
    hadSession: true,
    ...(facts.storedTokenObtainedAt !== undefined ? { tokenTag: facts.storedTokenObtainedAt } : {}),
  }
}

/** No token here any more; what the prompt says depends on why (see the events). */
const withoutToken = { status: 'signed-out', expiresAt: undefined } as const

export function reduceSession(snapshot: AuthSnapshot, event: SessionEvent): AuthSnapshot {
  switch (event.type) {
    case 'token-adopted':
      return {
        ...snapshot,
        status: 'signed-in',
        failure: undefined,
        expiresAt: event.expiresAt,
        renewal: 'none',
        hadSession: true,
        ...(event.obtainedAt !== undefined ? { tokenTag: event.obtainedAt } : {}),
      }
    case 'login-opened':
      if (event.hasToken)
        // A popup clears an earlier failure at once; a redirect leaves the page, so it need not.
        return event.method === 'popup'
          ? { ...snapshot, renewal: 'renewing', failure: undefined }
          : { ...snapshot, renewal: 'renewing' }
      return { ...snapshot, status: 'signing-in', failure: undefined }
    case 'callback-started':
      return { ...snapshot, status: 'signing-in', returnState: event.returnState }
    case 'login-failed':
      // A renewal failed while the token still works: keep working, offer "Renew".
      if (event.hasToken)
        return { ...snapshot, failure: event.quiet ? undefined : event.failure, renewal: 'due' }
      return {
        ...snapshot,
        status: 'error',
        failure: event.failure,
        renewal: snapshot.hadSession ? 'expired' : 'none',
      }
    case 'login-unanswered':
      return { ...snapshot, status: 'error', failure: event.failure }
    case 'sibling-renewing':
      return { ...snapshot, renewal: 'renewing' }
    case 'renewal-due':
      return { ...snapshot, renewal: 'due' }
    case 'token-expired':
      // An error on screen (a failed renewal) stays: it says more than "signed out".
      return {
        ...snapshot,
        ...withoutToken,
        status: snapshot.status === 'error' ? 'error' : 'signed-out',
        renewal: 'expired',
      }
    case 'token-lost':
      return { ...snapshot, ...withoutToken, renewal: 'expired' }
    case 'signed-out': {
      const { tokenTag: _left, ...rest } = snapshot
      const signedOut: AuthSnapshot = {
        ...rest,
        ...withoutToken,
        failure: undefined,
        renewal: 'none',
        hadSession: false,
      }
      // Signing out here also drops the screen a redirect carried back; a sibling's sign-out leaves it to us.
      return event.here ? { ...signedOut, returnState: undefined } : signedOut
    }
  }
}
