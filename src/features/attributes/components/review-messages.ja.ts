import type { Message } from '../../../ui/i18n.tsx'
import type { ReviewMessageKey } from './review-messages.ts'

/** Japanese for ./review-messages.ts, in its own file so that only agents working in Japanese download it. */
export const reviewMessagesJa = {
  reviewFailed:
    '確認画面を読み込めませんでした。接続を確認して、もう一度試してください。「保存」は確認画面なしでも使えます。',
} satisfies Record<ReviewMessageKey, Message>
