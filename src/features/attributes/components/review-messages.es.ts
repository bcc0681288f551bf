import type { Message } from '../../../ui/i18n.tsx'
import type { ReviewMessageKey } from './review-messages.ts'

/** Spanish for ./review-messages.ts, in its own file so that only agents working in Spanish download it. */
export const reviewMessagesEs = {
  reviewFailed:
    'No se pudo cargar la revisión. Revise la conexión y vuelva a intentarlo; «Guardar» funciona sin ella.',
} satisfies Record<ReviewMessageKey, Message>
