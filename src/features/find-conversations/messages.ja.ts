import type { Message } from '../../ui/i18n.tsx'
import type { FindMessageKey } from './messages.ts'

/** Japanese for ./messages.ts, in its own file so that only agents working in Japanese download it. */
export const findMessagesJa = {
  findHeading: '会話を検索',
  customerLabel: '顧客の電話番号または名前',
  queueLabel: 'キュー',
  agentLabel: 'エージェント',
  mediaLabel: 'メディア',
  anyOption: 'すべて',
  fromLabel: '開始',
  toLabel: '終了',
  attributeNameLabel: '参加者の属性',
  attributeValueLabel: '値',
  attributeHint: '検索できるのは、管理者が検索可能に設定した属性だけです。',
  searchButton: '検索',
  mineButton: '自分のアクティブな会話',
  searching: '検索しています…',
  resultsHeading: '検索結果',
  resultsCount: {
    other: '{count} 件の会話が見つかりました',
  },
  resultsCountSome: {
    other: '{count} 件の会話を表示しています',
  },
  noResults: '一致する会話はありません。期間を広げるか、フィルターを外してください。',
  showMore: 'さらに表示',
  fixAll: {
    other: '{count} 件の会話をすべて修正…',
  },
  fixAllPaged: 'この結果のすべての会話を修正…',
  collecting: 'この結果のすべての会話を集めています…',
  openResult: '{label} を開く',
  media_voice: '通話',
  media_message: 'メッセージ',
  media_chat: 'チャット',
  media_email: 'メール',
  media_callback: 'コールバック',
  media_video: 'ビデオ',
  stateActive: 'アクティブ',
  stateEnded: '終了',
  unknownCustomer: '不明な顧客',
  noQueue: 'キューなし',
  noAgent: 'エージェントなし',
  forbidden:
    'Genesys Cloud がこの検索を拒否しました。あなたのロールには権限 {permission} がありません。この権限をロールに追加するよう Genesys Cloud の管理者に依頼してください。',
  notSearchable:
    '属性 {name} は検索できません。属性を検索可能にするのは Genesys Cloud の管理者です。それまでは顧客、キュー、エージェント、または期間で検索してください。',
  searchFailed: '検索に失敗しました: {message}',
  recentHeading: '最近開いた会話',
  recentCurrent: '（表示中）',
} satisfies Record<FindMessageKey, Message>
