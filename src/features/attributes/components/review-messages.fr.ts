import type { Message } from '../../../ui/i18n.tsx'
import type { ReviewMessageKey } from './review-messages.ts'

/** French for ./review-messages.ts, in its own file so that only agents working in French download it. */
export const reviewMessagesFr = {
  reviewFailed:
    'La vérification n’a pas pu être chargée. Vérifiez la connexion et réessayez ; « Enregistrer » fonctionne sans elle.',
} satisfies Record<ReviewMessageKey, Message>
