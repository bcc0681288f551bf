import type { MessageBundle } from '../ui/i18n.tsx'

type AppMessageKey = 'title' | 'localEmulator' | 'configErrorTitle' | 'configErrorHelp'

export const appMessages: MessageBundle<AppMessageKey> = {
  en: {
    title: 'Participant data',
    localEmulator: 'Local emulator',
    configErrorTitle: 'The widget is not set up correctly',
    configErrorHelp:
      'Ask your Genesys Cloud admin to check the widget configuration (config.json) and the integration URL.',
  },
  de: {
    title: 'Teilnehmerdaten',
    localEmulator: 'Lokaler Emulator',
    configErrorTitle: 'Das Widget ist nicht richtig eingerichtet',
    configErrorHelp:
      'Bitten Sie Ihre Genesys-Cloud-Administration, die Widget-Konfiguration (config.json) und die Integrations-URL zu prüfen.',
  },
}
