import type { Message } from '../../ui/i18n.tsx'
import type { CustomAttributesLoaderMessageKey } from './loader-messages.ts'

/** Japanese for ./loader-messages.ts, in its own file so that only agents working in Japanese download it. */
export const customAttributesLoaderMessagesJa = {
  loading: '会話データを読み込んでいます…',
  failed:
    '会話データを読み込めませんでした。接続を確認してください。上の参加者データはこれがなくても使えます。',
  retry: '再試行',
} satisfies Record<CustomAttributesLoaderMessageKey, Message>
