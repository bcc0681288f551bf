import type { Message } from '../../ui/i18n.tsx'
import type { CustomAttributesLoaderMessageKey } from './loader-messages.ts'

/** Spanish for ./loader-messages.ts, in its own file so that only agents working in Spanish download it. */
export const customAttributesLoaderMessagesEs = {
  loading: 'Cargando los datos de la conversación…',
  failed:
    'No se pudieron cargar los datos de la conversación. Revise la conexión; los datos de participantes de arriba funcionan sin ellos.',
  retry: 'Reintentar',
} satisfies Record<CustomAttributesLoaderMessageKey, Message>
