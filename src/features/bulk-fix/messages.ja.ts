import type { Message } from '../../ui/i18n.tsx'
import type { BulkFixMessageKey } from './messages.ts'

/** Japanese for ./messages.ts, in its own file so that only agents working in Japanese download it. */
export const bulkFixMessagesJa = {
  heading: '複数の会話を修正',
  fromSearch: {
    other: '検索結果の {count} 件の会話に値を適用します。',
  },
  valuesLabel: '適用する値（1 行に 1 つ、NAME=値 の形式）',
  purposeLabel: '参加者',
  purpose_customer: '顧客',
  purpose_agent: 'エージェント',
  purpose_acd: 'キュー（ACD）',
  purpose_ivr: 'IVR',
  fileLabel: '修正ファイル（CSV または JSON）',
  pasteLabel: 'または修正内容を貼り付け',
  fileHint:
    'CSV: conversationId 列、必要に応じて purpose 列または participantId 列、属性ごとに 1 列、現在の想定値を示す expected:NAME 列。JSON: [{"conversationId", "purpose", "attributes", "expected"}]。',
  inputProblems: {
    other: '{count} 行は使用できませんでした（会話または値がありません）。',
  },
  nothingToDo: '修正するものがありません。少なくとも 1 件の会話と 1 つの値を指定してください。',
  dryRun: 'ドライ ラン',
  checking: '{total} 件中 {done} 件の会話を確認しています…',
  dryRunSummary:
    'ドライ ラン: 変更予定 {planned} 件、修正不要 {unchanged} 件、競合あり {conflicts} 件、ポリシーで拒否 {refused} 件、見つからない会話 {missing} 件。',
  tableLabel: '会話ごとのドライ ラン結果',
  colConversation: '会話',
  colChanges: '変更',
  colConflicts: '競合',
  colRefused: 'ポリシーで拒否',
  colStatus: '状態',
  none: '（なし）',
  run: '修正を実行',
  pause: '一時停止',
  resume: '再開',
  discard: '破棄',
  startNew: '新しい修正を開始',
  progressLabel: '修正の進行状況',
  progress: '{total} 件中 {done} 件完了',
  timeLeft: '残り約 {seconds} 秒',
  pausing: '処理中の会話が終わりしだい一時停止します…',
  paused:
    '一時停止中: {total} 件中 {done} 件完了。失われたものはありません。「再開」を押すと、止まったところから続けます。',
  interrupted:
    'この修正は中断されました（ページが再読み込みされました）。再開すると、書き込み中だった会話は読み取って確認するため、二重に書き込むことはありません。',
  finished:
    '完了: 修正済み {done} 件、修正不要 {unchanged} 件、競合 {conflicts} 件、拒否 {refused} 件、未確認 {unconfirmed} 件、失敗 {failed} 件。',
  requests: {
    other: 'Genesys Cloud へのリクエスト {count} 件（リクエスト制限の範囲内）。',
  },
  exportCsv: 'レポートをエクスポート（CSV）',
  exportJson: 'レポートをエクスポート（JSON）',
  status_planned: '変更予定',
  status_unchanged: '修正不要',
  status_missing: '見つかりません',
  status_sending: '書き込み中',
  status_done: '修正済み',
  status_conflict: '競合',
  status_refused: 'ポリシーで拒否',
  status_unconfirmed: '未確認: 確認してください',
  status_failed: '失敗',
} satisfies Record<BulkFixMessageKey, Message>
