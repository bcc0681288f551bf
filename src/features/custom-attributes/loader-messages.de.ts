import type { CustomAttributesLoaderMessageKey } from './loader-messages.ts'

export const customAttributesLoaderMessagesDe = {
  loading: 'Konversationsdaten werden geladen…',
  failed:
    'Konversationsdaten konnten nicht geladen werden. Prüfen Sie die Verbindung; die Teilnehmerdaten oben funktionieren auch ohne sie.',
  retry: 'Erneut versuchen',
} satisfies Record<CustomAttributesLoaderMessageKey, string>
