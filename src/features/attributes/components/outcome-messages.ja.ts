import type { Message } from '../../../ui/i18n.tsx'
import type { OutcomeMessageKey } from './outcome-messages.ts'

/** Japanese for ./outcome-messages.ts, in its own file so that only agents working in Japanese download it. */
export const outcomeMessagesJa = {
  inDoubtTitle: '送信しましたが、Genesys Cloud にまだ表示されません',
  inDoubtRow: '「{name}」: あなたの値 {mine}、サーバーの値 {server}。',
  inDoubtHint:
    'まだ反映される可能性があります。自動では再送信しません。再送信すると、その間に行われた変更を上書きするおそれがあります。',
  checkAgain: '再確認',
  checkAgainLabel: '{name} についてサーバーを再確認',
  sendAgain: '再送信',
  sendAgainLabel: '{name} を再送信',
  checkAllAgain: 'すべて再確認',
  sendAllAgain: {
    other: '{count} 件すべて再送信',
  },
  forget: '破棄',
  forgetLabel: '{name} の未確認の変更を破棄',
  replacedRow:
    '「{name}」へのあなたの変更（{mine}）は、保存中に他の人が書き込んだ {theirs} を上書きしました。',
  replacedMovedOn: 'その後、値は再び変更されました。サーバーの現在の値は {server} です。',
  putBack: '相手の値に戻す',
  putBackLabel: 'あなたの変更で上書きされた {name} の値に戻す',
  dismiss: '閉じる',
  dismissLabel: '{name} についての通知を閉じる',
} satisfies Record<OutcomeMessageKey, Message>
