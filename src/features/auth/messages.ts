import type { MessageBundle } from '../../ui/i18n.tsx'

export type AuthMessageKey =
  | 'signInTitle'
  | 'signInIntro'
  | 'signIn'
  | 'signingIn'
  | 'signOut'
  | 'signOutUnsaved'
  | 'signOutDiscard'
  | 'signOutKeep'
  | 'tryAgain'
  | 'regionLabel'
  | 'regionEmulator'
  | 'implicitRetirementNotice'
  | 'popupCallbackDone'
  | 'sessionEndsIn'
  | 'sessionEnded'
  | 'renew'
  | 'renewing'
  | 'failureAccessDenied'
  | 'failureUnknownClient'
  | 'failureWrongGrant'
  | 'failureWrongRedirectUri'
  | 'failurePopupBlocked'
  | 'failurePopupClosed'
  | 'failureFrameRefused'
  | 'failureNoAnswer'
  | 'failureStateMismatch'
  | 'failureExpiredAtReceipt'
  | 'failureNetwork'
  | 'failureRejected'
  | 'failureServerError'
  | 'failureSignInUnavailable'
  | 'failureDetail'

export const authMessages: MessageBundle<AuthMessageKey> = {
  id: 'auth',
  en: {
    signInTitle: 'Sign in to Genesys Cloud',
    signInIntro: 'This widget reads and corrects participant data with your Genesys Cloud account.',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signOut: 'Sign out',
    signOutUnsaved: {
      one: 'You have {count} unsaved change. Signing out discards it, so the next person using this browser cannot send it.',
      other:
        'You have {count} unsaved changes. Signing out discards them, so the next person using this browser cannot send them.',
    },
    signOutDiscard: 'Sign out and discard',
    signOutKeep: 'Keep working',
    tryAgain: 'Try again',
    regionLabel: 'Region',
    regionEmulator: 'Local emulator ({origin})',
    implicitRetirementNotice:
      'This widget signs in with the implicit grant, which Genesys Cloud is retiring (no new implicit clients from 2026, implicit sign-in stops in 2027). Ask your admin to switch the OAuth client to Code Authorization with PKCE.',
    popupCallbackDone: 'Signed in. You can close this window.',
    sessionEndsIn: 'Your Genesys session ends in {seconds} s.',
    sessionEnded: 'Your Genesys session has ended. Your changes are kept; sign in again to save them.',
    renew: 'Renew',
    renewing: 'Renewing…',
    failureAccessDenied:
      'Genesys Cloud did not grant access (the sign-in was cancelled or the permission was refused). Sign in again and accept the request, or ask your admin for the needed permissions.',
    failureUnknownClient:
      'Genesys Cloud does not know this app’s OAuth client in this region. Ask your admin to check the client id and region in config.json.',
    failureWrongGrant:
      'The OAuth client is not set up for this kind of sign-in. Ask your admin to check the grant type (PKCE or implicit) in Genesys Cloud and config.json.',
    failureWrongRedirectUri:
      'Genesys Cloud refused this app’s address as a redirect URI. Ask your admin to add this app’s address to the OAuth client’s redirect URIs.',
    failurePopupBlocked:
      'The browser blocked the sign-in window. Allow pop-ups for this site, then try again.',
    failurePopupClosed:
      'The sign-in window closed before sign-in finished. Try again. If the window showed an error such as an unknown client or an unregistered redirect URI, give that text to your admin: the client id in config.json and the OAuth client’s redirect URIs must match this app.',
    failureNoAnswer:
      'Sign-in did not finish. If the Genesys page showed an error such as an unknown client or an unregistered redirect URI, give that text to your admin: the client id in config.json and the OAuth client’s redirect URIs must match this app. Otherwise, sign in again.',
    failureFrameRefused:
      'The Genesys login page cannot be shown inside this frame. Sign in with a separate window instead.',
    failureStateMismatch:
      'The sign-in answer did not match a sign-in started here, so it was refused for your safety. Start sign-in again from this window.',
    failureExpiredAtReceipt:
      'The sign-in answer was already expired when it arrived. Check your computer’s clock and the token lifetime of the OAuth client, then try again.',
    failureNetwork: 'Genesys Cloud could not be reached. Check your network connection, then try again.',
    failureRejected: 'Genesys Cloud refused the sign-in. Try again; if it keeps failing, tell your admin.',
    failureServerError:
      'Genesys Cloud could not complete the sign-in just now. Wait a moment, then try again.',
    failureSignInUnavailable:
      'Sign-in could not start: part of this app did not download. Check your network connection, then try again. If it keeps failing, the app may just have been updated: reload the page.',
    failureDetail: 'Details: {detail}',
  },
}
