import type { Message } from '../ui/i18n.tsx'
import type { AppMessageKey } from './messages.ts'

/** German for ./messages.ts, in its own file so that only agents working in German download it. */
export const appMessagesDe = {
  title: 'Teilnehmerdaten',
  localEmulator: 'Lokaler Emulator',
  configErrorTitle: 'Das Widget ist nicht richtig eingerichtet',
  configErrorHelp:
    'Bitten Sie Ihre Genesys-Cloud-Administration, die Widget-Konfiguration (config.json) und die Integrations-URL zu prüfen.',
  storageBlocked:
    'Ihr Browser erlaubt diesem Bereich nicht, Daten zu speichern: Vorgemerkte Änderungen bleiben nur erhalten, solange er geöffnet ist. Speichern Sie sie vor dem Schließen oder Neuladen, oder erlauben Sie Drittanbieter-Cookies für diese Website.',
  storageFull:
    'Der Speicher dieses Browsers für das Panel ist voll; ab jetzt vorgemerkte Änderungen bleiben nur erhalten, solange das Panel geöffnet ist. Speichern Sie sie vor dem Neuladen.',
  featureFailed:
    'Dieser Teil des Panels funktioniert nicht mehr ({message}). Ihre vorgemerkten Änderungen bleiben erhalten; versuchen Sie es erneut oder laden Sie das Panel neu.',
  reload: 'Panel neu laden',
  tryAgain: 'Erneut versuchen',
  userUnknown:
    'Genesys Cloud hat nicht mitgeteilt, wer angemeldet ist ({reason}). Ihre vorgemerkten Änderungen bleiben erhalten; „Speichern“ und Live-Aktualisierungen warten darauf. Neuer Versuch alle {seconds} s.',
} satisfies Record<AppMessageKey, Message>
