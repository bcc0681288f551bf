import type { MessageBundle } from '../../ui/i18n.tsx'

export type AuthMessageKey =
  | 'signInTitle'
  | 'signInIntro'
  | 'signIn'
  | 'signingIn'
  | 'signOut'
  | 'tryAgain'
  | 'regionLabel'
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
  | 'failureDetail'

export const authMessages: MessageBundle<AuthMessageKey> = {
  en: {
    signInTitle: 'Sign in to Genesys Cloud',
    signInIntro: 'This widget reads and corrects participant data with your Genesys Cloud account.',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signOut: 'Sign out',
    tryAgain: 'Try again',
    regionLabel: 'Region',
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
    failureDetail: 'Details: {detail}',
  },
  de: {
    signInTitle: 'Bei Genesys Cloud anmelden',
    signInIntro: 'Dieses Widget liest und korrigiert Teilnehmerdaten mit Ihrem Genesys-Cloud-Konto.',
    signIn: 'Anmelden',
    signingIn: 'Anmeldung läuft…',
    signOut: 'Abmelden',
    tryAgain: 'Erneut versuchen',
    regionLabel: 'Region',
    implicitRetirementNotice:
      'Dieses Widget meldet sich mit dem Implicit Grant an, den Genesys Cloud abschafft (keine neuen Implicit-Clients ab 2026, Anmeldung nicht mehr möglich ab 2027). Bitten Sie Ihre Administration, den OAuth-Client auf Code Authorization mit PKCE umzustellen.',
    popupCallbackDone: 'Angemeldet. Sie können dieses Fenster schließen.',
    sessionEndsIn: 'Ihre Genesys-Sitzung endet in {seconds} s.',
    sessionEnded:
      'Ihre Genesys-Sitzung ist abgelaufen. Ihre Änderungen bleiben erhalten; melden Sie sich erneut an, um sie zu speichern.',
    renew: 'Verlängern',
    renewing: 'Wird verlängert…',
    failureAccessDenied:
      'Genesys Cloud hat den Zugriff nicht gewährt (Anmeldung abgebrochen oder Berechtigung verweigert). Melden Sie sich erneut an und bestätigen Sie die Anfrage, oder bitten Sie Ihre Administration um die nötigen Berechtigungen.',
    failureUnknownClient:
      'Genesys Cloud kennt den OAuth-Client dieser App in dieser Region nicht. Bitten Sie Ihre Administration, Client-ID und Region in config.json zu prüfen.',
    failureWrongGrant:
      'Der OAuth-Client ist für diese Art der Anmeldung nicht eingerichtet. Bitten Sie Ihre Administration, den Grant-Typ (PKCE oder Implicit) zu prüfen.',
    failureWrongRedirectUri:
      'Genesys Cloud hat die Adresse dieser App als Redirect-URI abgelehnt. Bitten Sie Ihre Administration, sie beim OAuth-Client einzutragen.',
    failurePopupBlocked:
      'Der Browser hat das Anmeldefenster blockiert. Erlauben Sie Pop-ups für diese Seite und versuchen Sie es erneut.',
    failurePopupClosed:
      'Das Anmeldefenster wurde geschlossen, bevor die Anmeldung fertig war. Versuchen Sie es erneut. Zeigte das Fenster einen Fehler wie einen unbekannten Client oder eine nicht registrierte Redirect-URI, geben Sie den Text an Ihre Administration: Client-ID in config.json und Redirect-URIs des OAuth-Clients müssen zu dieser App passen.',
    failureNoAnswer:
      'Die Anmeldung wurde nicht abgeschlossen. Zeigte die Genesys-Seite einen Fehler wie einen unbekannten Client oder eine nicht registrierte Redirect-URI, geben Sie den Text an Ihre Administration: Client-ID in config.json und Redirect-URIs des OAuth-Clients müssen zu dieser App passen. Sonst melden Sie sich erneut an.',
    failureFrameRefused:
      'Die Genesys-Anmeldeseite kann in diesem Rahmen nicht angezeigt werden. Melden Sie sich stattdessen in einem eigenen Fenster an.',
    failureStateMismatch:
      'Die Anmeldeantwort passte zu keiner hier gestarteten Anmeldung und wurde zu Ihrer Sicherheit abgelehnt. Starten Sie die Anmeldung in diesem Fenster neu.',
    failureExpiredAtReceipt:
      'Die Anmeldeantwort war bei Ankunft schon abgelaufen. Prüfen Sie die Uhrzeit Ihres Computers und die Token-Laufzeit des OAuth-Clients und versuchen Sie es erneut.',
    failureNetwork:
      'Genesys Cloud ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.',
    failureRejected:
      'Genesys Cloud hat die Anmeldung abgelehnt. Versuchen Sie es erneut; wenn es weiter scheitert, informieren Sie Ihre Administration.',
    failureServerError:
      'Genesys Cloud konnte die Anmeldung gerade nicht abschließen. Warten Sie kurz und versuchen Sie es erneut.',
    failureDetail: 'Details: {detail}',
  },
}
