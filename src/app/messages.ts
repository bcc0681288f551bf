import type { MessageBundle } from '../ui/i18n.tsx'

export type AppMessageKey =
  | 'title'
  | 'localEmulator'
  | 'configErrorTitle'
  | 'configErrorHelp'
  | 'storageBlocked'
  | 'storageFull'
  | 'featureFailed'
  | 'reload'
  | 'tryAgain'
  | 'userUnknown'

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
    storageFull:
      'This browser’s storage for the panel is full, so changes staged from now on are kept only while the panel stays open. Commit before you reload it.',
    featureFailed:
      'This part of the panel stopped working ({message}). Your staged changes are kept; try again, or reload the panel.',
    reload: 'Reload the panel',
    tryAgain: 'Try again',
    userUnknown:
      'Genesys Cloud has not said who is signed in ({reason}). Your staged changes are kept; Commit and live updates wait until it does. Asking again every {seconds} s.',
  },
}
