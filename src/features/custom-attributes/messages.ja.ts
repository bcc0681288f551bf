import type { Message } from '../../ui/i18n.tsx'
import type { CustomAttributesMessageKey } from './messages.ts'

/** Japanese for ./messages.ts, in its own file so that only agents working in Japanese download it. */
export const customAttributesMessagesJa = {
  heading: '会話データ',
  loading: '会話データを読み込んでいます…',
  forbidden:
    '会話データは表示されません。あなたのロールには conversation:customAttributes:view 権限がありません。',
  noSchemas: 'この組織では会話データが設定されていません（カスタム属性のスキーマがありません）。',
  noRecords: 'この会話には会話データが記録されていません。',
  loadFailed: '会話データを読み込めませんでした: {message}',
  retry: '再試行',
  version: 'バージョン {version}',
  pollNote: '表示中は {seconds} 秒ごとに更新します（Genesys はこのデータの通知を送りません）。',
  required: '必須',
  readOnly: 'ここでは編集できません（未対応の型）。保存されているとおりに表示しています。',
  empty: '（空）',
  none: '（なし）',
  yes: 'はい',
  no: 'いいえ',
  stagedBadge: '保留中',
  serverWas: 'サーバー上の値: {value}',
  characters: {
    other: '{count} / {max} 文字',
  },
  undo: '{field} の変更を元に戻す',
  stagedCount: {
    other: '保留 {count} 件',
  },
  review: '会話データの変更を確認',
  hideReview: '確認を閉じる',
  discard: '会話データの変更を破棄',
  commit: '会話データを保存',
  committing: '会話データを保存しています…',
  committed: {
    other: '会話データに保存しました（{count} 個のフィールド）。',
  },
  reviewCaption: '会話データの変更',
  reviewField: 'フィールド',
  reviewBefore: '現在のサーバーの値',
  reviewAfter: '保存後の値',
  conflictHeading: '編集中に他の人が変更しました',
  conflictRefused:
    'Genesys Cloud が書き込みを拒否しました。その間にレコードが変更されています（現在はバージョン {version}）。フィールドごとに選んでから、もう一度保存してください。',
  conflictSeen:
    'あなたが編集したフィールドを他の人が変更しました（レコードは現在バージョン {version}）。フィールドごとに選んでから保存してください。',
  conflictMine: 'あなたの値: {value}',
  conflictTheirs: '相手の値: {value}',
  keepMine: '{field} に自分の値を使う',
  takeTheirs: '{field} に相手の値を使う',
  rebased:
    'その間にレコードが変更されましたが、あなたが編集したフィールドは変更されていません。変更はバージョン {version} を基にしたものになりました。もう一度保存してください。',
  commitFailed: '保存されていません: {message} 変更は保持されています。',
  commitForbidden:
    '保存されていません: あなたのロールでは会話データを変更できません（conversation:customAttributes:edit）。変更は保持されています。',
  commitUncertain:
    '保存の応答が失われ、再読み込みしても変更が見当たりません。変更は保持されています。もう一度保存してください。',
  savedAnswerLost: '保存しました ✓ {fields}。応答は失われましたが、サーバーには変更が反映されています。',
  conflictBlocks: '保存する前に、他の人が変更したフィールドを解決してください。',
  invalidBlocks: '保留中の値がスキーマに合わなくなりました: {message}',
  notStaged: '保留していません。',
  rule_required: '{field} は必須のため、空にできません。',
  rule_type_number: '{field} は数値（小数点またはカンマが 1 つの数字）である必要があります。',
  rule_type_integer: '{field} は整数である必要があります。',
  rule_type_text: '{field} はテキストである必要があります。',
  rule_type_boolean: '{field} は「はい」か「いいえ」である必要があります。',
  rule_enum: '{field} はスキーマに定義された値のいずれかである必要があります。',
  rule_minLength: '{field} は {limit} 文字以上である必要があります。',
  rule_maxLength: '{field} は {limit} 文字以下である必要があります。',
  rule_minimum: '{field} は {limit} 以上である必要があります。',
  rule_maximum: '{field} は {limit} 以下である必要があります。',
  rule_format: '{field} は {limit} 形式の日時である必要があります。',
  rule_unknown: '{field} はこのレコードのスキーマのフィールドではありません。',
  policyHidden: {
    other: 'このレコードの {count} 個のフィールドは属性ポリシーにより非表示です。',
  },
  policyMasked: '属性ポリシーによりマスクされています。値は表示されず、ここでは変更できません。',
  policyReadOnly: 'あなたのロールでは「{field}」を変更できません（属性ポリシー）。',
  policyBlocks:
    '送信されていません: あなたのロールでは「{field}」を変更できません（属性ポリシー）。ポリシーが適用される前に保留された変更です。保存するには破棄してください。',
  policyDrop: '{field} の変更を破棄',
  policyRefusedCommit:
    '送信されていません: あなたのロールでは {fields} を変更できません（属性ポリシー）。何も書き込まれていません。ほかの変更を保存するには、これらの変更を破棄してください。',
  more: 'その他',
  moreLabel: '{record} のその他: エクスポート、一括修正',
  exportJson: 'JSON でエクスポート',
  exportCsv: 'CSV でエクスポート',
  exportJsonLabel: '{record} を JSON でエクスポート',
  exportCsvLabel: '{record} を CSV でエクスポート',
  exportNote:
    'Genesys Cloud に保存された値をエクスポートします（保留中の変更は含みません）。マスクされたフィールドは点で出力され、非表示のフィールドは含まれません。',
  exportNoteUnmasked:
    'Genesys Cloud に保存された値をエクスポートします（保留中の変更は含みません）。マスクされたフィールドはそのまま出力され、非表示のフィールドは含まれません。',
  bulkLabel: '{record} の一括修正',
  bulkHint:
    'フィールド,値 の行（CSV または TSV）か JSON オブジェクトを貼り付けるか、ここにドロップしてください。値は入力時と同じく検証され、確認して保存するまで何も送信されません。',
  bulkFile: 'ファイルを選択',
  bulkStage: '修正を保留',
  bulkStaged: {
    other: '{count} 件の変更を保留しました。確認してから保存してください。',
  },
  bulkNothing: '保留するものはありません。レコードはすでにこれらの値です。',
  bulkBlocked: '何も保留していません。まずこれらの行を修正してください。',
  bulkLine: '{line} 行目: {message}',
  bulkDuplicate: '{field} が 2 回指定されています（最初は {earlier} 行目）。',
  bulkUnknown: 'スキップ（{line} 行目）:「{name}」はこのレコードのフィールドではありません。',
  bulkNotWritable: 'スキップ（{line} 行目）: あなたのロールでは「{field}」を変更できません（属性ポリシー）。',
  bulkMaskedSkipped: {
    other: 'マスクされた値（点）{count} 件はそのままにしました。',
  },
  bulkUnchanged: {
    other: '{count} 行はすでにレコードと同じです。',
  },
  bulkReadFailed: 'ファイルを読み込めませんでした。',
  syntax_empty: '読み込む内容がありません。',
  'syntax_json-syntax': '有効な JSON ではありません。',
  'syntax_json-not-object': 'JSON はフィールドと値のオブジェクト 1 つである必要があります。',
  'syntax_value-not-scalar':
    '「{name}」の値はテキスト、数値、true、false、null のいずれかである必要があります。',
  'syntax_field-count': '1 行にはフィールドと値の 2 つのセルが必要です。',
  'syntax_unterminated-quote': '引用符が開かれたまま閉じられていません。',
} satisfies Record<CustomAttributesMessageKey, Message>
