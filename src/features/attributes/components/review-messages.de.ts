import type { ReviewMessageKey } from './review-messages.ts'

/** German for ./review-messages.ts, in its own file so that only agents working in German download it. */
export const reviewMessagesDe = {
  reviewFailed:
    'Die Prüfansicht konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut; „Übernehmen“ funktioniert auch ohne sie.',
} satisfies Record<ReviewMessageKey, string>
