import type { Message } from '../../../ui/i18n.tsx'
import type { GovernanceMessageKey } from './messages.ts'

/** Japanese for ./messages.ts, in its own file so that only agents working in Japanese download it. */
export const governanceMessagesJa = {
  tools: 'ツール',
  toolsLabel: '{participant} の一括修正、エクスポート、履歴',
  roleNote: '{role} としてサインインしています。表示・変更できる内容は属性ポリシーで決まります。',
  role_agent: 'エージェント',
  role_supervisor: 'スーパーバイザー',
  loadingTools: '一括修正、エクスポート、履歴を読み込んでいます…',
  toolsFailed:
    '一括修正、エクスポート、履歴を読み込めませんでした。接続を確認してください。エディターはこれらがなくても使えます。',
  toolsRetry: '再試行',
} satisfies Record<GovernanceMessageKey, Message>
