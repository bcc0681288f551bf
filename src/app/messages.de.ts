import type { AppMessageKey } from './messages.ts'

/** German for ./messages.ts, in its own file so that only agents working in German download it. */
export const appMessagesDe = {
  title: 'Teilnehmerdaten',
  localEmulator: 'Lokaler Emulator',
  configErrorTitle: 'Das Widget ist nicht richtig eingerichtet',
  configErrorHelp:
    'Bitten Sie Ihre Genesys-Cloud-Administration, die Widget-Konfiguration (config.json) und die Integrations-URL zu prüfen.',
  storageBlocked:
    'Ihr Browser erlaubt diesem Bereich nicht, Daten zu speichern: Vorgemerkte Änderungen bleiben nur erhalten, solange er geöffnet ist. Übernehmen Sie sie vor dem Schließen oder Neuladen, oder erlauben Sie Drittanbieter-Cookies für diese Website.',
} satisfies Record<AppMessageKey, string>
