import type { Message } from '../../../ui/i18n.tsx'
import type { ReviewMessageKey } from './review-messages.ts'

/** Brazilian Portuguese for ./review-messages.ts, in its own file so that only agents working in Brazilian Portuguese download it. */
export const reviewMessagesPtBr = {
  reviewFailed:
    'Não foi possível carregar a revisão. Verifique a conexão e tente novamente; “Salvar” funciona sem ela.',
} satisfies Record<ReviewMessageKey, Message>
