import type { MessageBundle } from '../ui/i18n.tsx'

export type AppMessageKey =
  'title' | 'localEmulator' | 'configErrorTitle' | 'configErrorHelp' | 'storageBlocked'

export const appMessages: MessageBundle<AppMessageKey> = {
  id: 'app',
  en: {
    title: 'Participant data',
    localEmulator: 'Local emulator',
    configErrorTitle: 'The widget is not set up correctly',
    configErrorHelp:
      'Ask your Genesys Cloud admin to check the widget configuration (config.json) and the integration URL.',
    storageBlocked:
      'Your browser does not let this panel keep data, so staged changes last only while it stays open. Commit before you close or reload it, or allow third-party cookies for this site.',
  },
}
