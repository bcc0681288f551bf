import type { Message } from '../../ui/i18n.tsx'
import type { AuthMessageKey } from './messages.ts'

/** German for ./messages.ts, in its own file so that only agents working in German download it. */
export const authMessagesDe = {
  signInTitle: 'Bei Genesys Cloud anmelden',
  signInIntro: 'Dieses Widget liest und korrigiert Teilnehmerdaten mit Ihrem Genesys-Cloud-Konto.',
  signIn: 'Anmelden',
  signingIn: 'Anmeldung läuft…',
  signOut: 'Abmelden',
  signOutUnsaved: {
    one: 'Sie haben {count} nicht gespeicherte Änderung. Beim Abmelden wird sie verworfen, damit die nächste Person an diesem Browser sie nicht senden kann.',
    other:
      'Sie haben {count} nicht gespeicherte Änderungen. Beim Abmelden werden sie verworfen, damit die nächste Person an diesem Browser sie nicht senden kann.',
  },
  signOutDiscard: 'Abmelden und verwerfen',
  signOutKeep: 'Weiterarbeiten',
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
  failureSignInUnavailable:
    'Die Anmeldung konnte nicht starten: Ein Teil dieser App wurde nicht heruntergeladen. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut. Wenn es weiter scheitert, wurde die App vielleicht gerade aktualisiert: Laden Sie die Seite neu.',
  failureDetail: 'Details: {detail}',
  regionEmulator: 'Lokaler Emulator ({origin})',
} satisfies Record<AuthMessageKey, Message>
