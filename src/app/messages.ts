import type { MessageBundle } from '../ui/i18n.tsx'

type AppMessageKey = 'title' | 'localEmulator' | 'configErrorTitle' | 'configErrorHelp' | 'storageBlocked'

export const appMessages: MessageBundle<AppMessageKey> = {
  en: {
    title: 'Participant data',
    localEmulator: 'Local emulator',
    configErrorTitle: 'The widget is not set up correctly',
    configErrorHelp:
      'Ask your Genesys Cloud admin to check the widget configuration (config.json) and the integration URL.',
    storageBlocked:
      'Your browser does not let this panel keep data, so staged changes last only while it stays open. Commit before you close or reload it, or allow third-party cookies for this site.',
  },
  de: {
    title: 'Teilnehmerdaten',
    localEmulator: 'Lokaler Emulator',
    configErrorTitle: 'Das Widget ist nicht richtig eingerichtet',
    configErrorHelp:
      'Bitten Sie Ihre Genesys-Cloud-Administration, die Widget-Konfiguration (config.json) und die Integrations-URL zu prüfen.',
    storageBlocked:
      'Ihr Browser erlaubt diesem Bereich nicht, Daten zu speichern: Vorgemerkte Änderungen bleiben nur erhalten, solange er geöffnet ist. Übernehmen Sie sie vor dem Schließen oder Neuladen, oder erlauben Sie Drittanbieter-Cookies für diese Website.',
  },
}
