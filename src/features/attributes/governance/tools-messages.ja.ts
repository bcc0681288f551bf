import type { Message } from '../../../ui/i18n.tsx'
import type { GovernanceToolsMessageKey } from './tools-messages.ts'

/** Japanese for ./tools-messages.ts, in its own file so that only agents working in Japanese download it. */
export const governanceToolsMessagesJa = {
  bulkHeading: '一括修正',
  bulkLabel: '修正内容: JSON オブジェクト、または「名前,値」の CSV/TSV 行',
  bulkHint:
    '貼り付けるか、ファイルをドロップしてください。ヘッダー「name,value」は省略できます。カンマや改行を含むフィールドは引用符で囲んでください。保存するまで何も送信しません。',
  bulkFile: 'ファイルを選択',
  bulkStage: '修正を保留',
  bulkStaged: {
    other: '{format} から {count} 件の修正を保留しました。確認してから保存してください。',
  },
  bulkNothing: '保留するものはありません。すべての値がすでに一致しています。',
  bulkRestored: {
    other:
      'これはここでエクスポートした CSV です。= + - @ で始まる {count} 個のセルの前にエクスポート時に付けたアポストロフィ（表計算ソフトが数式として実行しないためのもの）を取り除きました。',
  },
  bulkSkipped: {
    other: '{count} 行は意図的に除外しました:',
  },
  bulkSkippedMasked: '「{name}」: エクスポートでマスク（点）されています。マスクされた値は書き戻しません。',
  bulkSkippedReadOnly: '「{name}」: あなたのロールでは変更できず、ファイルには現在の値が入っています。',
  bulkRefused: '何も保留していません。次の行を修正して、もう一度試してください:',
  bulkLine: '{line} 行目',
  bulkWhole: 'リスト全体',
  bulk_json_syntax: '有効な JSON ではありません: {detail}',
  bulk_json_not_object: 'JSON は名前とテキスト値のオブジェクトである必要があります。例: {"Name": "値"}',
  bulk_value_not_string: '「{name}」: 値はテキスト（引用符で囲む）である必要があります。',
  bulk_field_count: {
    other: '2 つのフィールド（名前、値）が必要ですが、{count} 個ありました。',
  },
  bulk_unterminated_quote: '引用符で囲まれたフィールドが閉じられていません。',
  bulk_duplicate_name: '「{name}」が重複しています（最初は {earlier} 行目）。',
  bulk_empty: '先に修正内容を貼り付けてください。',
  bulk_policy: '「{name}」: あなたのロールではこの名前を変更できません（属性ポリシー）。',
  bulk_policy_reason: '「{name}」: あなたのロールではこの名前を変更できません: {reason}',
  bulk_invalid: '「{name}」: {detail}',
  exportHeading: 'エクスポート',
  exportJson: 'JSON でエクスポート',
  exportJsonLabel: '{participant} の属性を JSON でエクスポート',
  exportCsv: 'CSV でエクスポート',
  exportCsvLabel: '{participant} の属性を CSV でエクスポート',
  exportNote: '非表示の名前は含めず、マスクされた値は点としてエクスポートします。',
  exportNoteUnmasked: '非表示の名前は含めず、マスクされた値はそのままエクスポートします（ポリシーで許可）。',
  auditHeading: 'この会話の履歴（このブラウザー セッション）',
  auditEmpty: 'このブラウザー セッションではまだ何も保存していません。',
  auditEntry: '{time} · {who} · {participant}',
  auditEntryRecord: '{time} · {who} · 会話データ「{participant}」',
  auditName: '名前',
  auditOld: '変更前の値',
  auditNew: '新しい値',
  notSet: '（未設定）',
  emptyValue: '（空）',
} satisfies Record<GovernanceToolsMessageKey, Message>
