import type { Message } from '../../../ui/i18n.tsx'
import type { ReviewMessageKey } from './review-messages.ts'

/** German for ./review-messages.ts, in its own file so that only agents working in German download it. */
export const reviewMessagesDe = {
  reviewFailed:
    'Die Prüfansicht konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut; „Speichern“ funktioniert auch ohne sie.',
} satisfies Record<ReviewMessageKey, Message>
