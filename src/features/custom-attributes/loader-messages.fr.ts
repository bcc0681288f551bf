import type { Message } from '../../ui/i18n.tsx'
import type { CustomAttributesLoaderMessageKey } from './loader-messages.ts'

/** French for ./loader-messages.ts, in its own file so that only agents working in French download it. */
export const customAttributesLoaderMessagesFr = {
  loading: 'Chargement des données de conversation…',
  failed:
    'Les données de conversation n’ont pas pu être chargées. Vérifiez la connexion ; les données des participants ci-dessus fonctionnent sans elles.',
  retry: 'Réessayer',
} satisfies Record<CustomAttributesLoaderMessageKey, Message>
