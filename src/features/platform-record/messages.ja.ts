import type { Message } from '../../ui/i18n.tsx'
import type { PlatformRecordMessageKey } from './messages.ts'

/** Japanese for ./messages.ts, in its own file so that only agents working in Japanese download it. */
export const platformRecordMessagesJa = {
  heading: '分析に保持される値',
  intro:
    '会話の終了後に設定された属性は分析に保持されません。分析に基づくレポートやエクスポートには、保持された値が表示されます。',
  introActive: 'この会話はまだアクティブです。分析には会話が終了した時点の値が保持されます。',
  compare: '分析と比較',
  loading: '分析に問い合わせています…',
  tableLabel: '{participant} の分析に保持された値とライブの値',
  colName: '名前',
  colLive: 'ライブの値',
  colKept: '分析に保持された値',
  colStatus: '状態',
  status_kept: '分析に保持',
  'status_live-only': 'ライブのみ',
  'status_kept-only': '分析にのみ保持',
  absent: '（未設定）',
  nothing: '分析にはこの参加者の属性がありません。',
  forbidden:
    'Genesys Cloud が分析へのリクエストを拒否しました。あなたのロールには権限 {permission} がありません。追加するよう Genesys Cloud の管理者に依頼してください。',
  failed: '分析に問い合わせできませんでした: {message}',
} satisfies Record<PlatformRecordMessageKey, Message>
