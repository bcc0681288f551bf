import type { Message } from '../../ui/i18n.tsx'
import type { ConversationMessageKey } from './messages.ts'

/** Japanese for ./messages.ts, in its own file so that only agents working in Japanese download it. */
export const conversationMessagesJa = {
  loadingConversations: 'アクティブな会話を探しています…',
  noActiveTitle: 'アクティブな会話はありません',
  noActiveBody:
    '通話、チャット、メッセージに応答すると、その参加者データがここに表示されます。会話 ID を指定して開くこともできます。',
  pickerLabel: '会話',
  pickerHint: {
    other: 'アクティブな会話が {count} 件あります。',
  },
  unsavedCount: {
    other: '未保存 {count} 件',
  },
  participantsLabel: '参加者',
  openById: '会話 ID で開く',
  openByIdLabel: '会話 ID',
  openByIdHint: '会話 ID または Genesys Cloud の会話リンクを貼り付けてください。',
  openButton: '開く',
  openByIdInvalid:
    '会話 ID ではありません。会話 ID は 8c1b0f3e-1234-4c5d-9e8f-0a1b2c3d4e5f のような形式です。',
  backToMine: '自分の会話に戻る',
  loadingConversation: '会話を読み込んでいます…',
  notFound:
    '会話 {id} が見つかりません。ID またはリンクを確認してください。入力を誤っているか、会話が削除された可能性があります。また、エージェントに表示されるのは自分が参加している会話だけです。',
  forbidden: '会話 {id} を表示する権限がありません。Genesys Cloud の管理者にアクセス権を依頼してください。',
  loadFailed: '会話を読み込めませんでした: {message}',
  retry: '再試行',
  ended: '終了',
  liveLive: 'ライブ',
  liveConnecting: '接続しています…',
  liveReconnecting: '再接続しています…',
  liveOffline: 'オフライン',
  liveDown: 'ライブ更新は一時停止中',
  liveRefused:
    'Genesys Cloud がこのパネルのライブ更新を拒否しました: {reason}。他の場所での変更は代わりに {seconds} 秒以内に表示され、保存の前には毎回サーバーを確認します。権限が不足している場合は管理者に問い合わせてください。',
  liveDownDetail: 'ライブ更新は一時停止中です。再開するまで {seconds} 秒ごとに更新します。',
  noParticipants: 'この会話にはまだ参加者がいません。',
  stagedCount: {
    other: '保留 {count} 件',
  },
  savingBadge: '保存しています…',
  inDoubtBadge: '未確認',
  hiddenTabEditsLabel: 'タブの表示範囲外にある {label} を表示: {badge}',
  mediaCall: '通話',
  unsavedOn: '未保存の変更がある会話:',
  unsavedOpen: '開く',
  unsavedOpenLabel: '未保存の変更がある {label} を開く',
  unsavedLoading: '会話（読み込み中…）',
  mediaEmail: 'メール',
  mediaMessage: 'メッセージ',
  unreadableParts: {
    other:
      'Genesys Cloud から送られたデータの一部（{count} 件）を読み取れなかったため、表示していません。それ以外はすべて表示しています。詳細: {details}',
  },
  purpose_customer: '顧客',
  purpose_external: '外部',
  purpose_agent: 'エージェント',
  purpose_user: 'ユーザー',
  purpose_acd: 'キュー',
  purpose_ivr: 'IVR',
  purpose_workflow: 'フロー',
  purpose_voicemail: 'ボイスメール',
  purpose_campaign: 'キャンペーン',
  legDisconnected: '{label}（切断済み）',
  legTerminated: '{label}（終了）',
} satisfies Record<ConversationMessageKey, Message>
