import type { Message } from '../../ui/i18n.tsx'
import type { CustomAttributesLoaderMessageKey } from './loader-messages.ts'

/** German for ./loader-messages.ts, in its own file so that only agents working in German download it. */
export const customAttributesLoaderMessagesDe = {
  loading: 'Konversationsdaten werden geladen…',
  failed:
    'Konversationsdaten konnten nicht geladen werden. Prüfen Sie die Verbindung; die Teilnehmerdaten oben funktionieren auch ohne sie.',
  retry: 'Erneut versuchen',
} satisfies Record<CustomAttributesLoaderMessageKey, Message>
