import type { Message } from '../../ui/i18n.tsx'
import type { AttributeMessageKey } from './messages.ts'

/** Japanese for ./messages.ts, in its own file so that only agents working in Japanese download it. */
export const attributeMessagesJa = {
  tableLabel: '参加者の属性',
  panelLabel: '{participant} の属性',
  columnName: '名前',
  columnValue: '値',
  columnState: '状態',
  sortByName: '名前で並べ替え',
  valueOf: '{name} の値',
  status_unchanged: '変更なし',
  status_added: '追加',
  status_changed: '変更',
  status_cleared: '消去',
  status_conflict: '競合',
  status_saving: '保存しています…',
  status_confirming: '確認しています…',
  status_unconfirmed: '未確認',
  undoRow: '元に戻す',
  undoRowLabel: '{name} を元に戻す',
  clearValue: '値を消去',
  clearValueLabel: '{name} の値を消去',
  clearNote: 'Genesys Cloud では削除できません。消去すると空の値が保存されます。',
  editHint: 'Enter で値を保留、Shift+Enter で改行、Esc でキャンセルします。',
  serverValue: 'サーバー上の値: {value}',
  notSet: '（未設定）',
  emptyValue: '（空）',
  formattedJson: '整形済み JSON',
  formattedJsonPartial: '省略表示（深さ {depth}、{limit} 文字）。値そのものは変わりません。',
  conflictNote: '保留した後に他の場所で変更されました。',
  conflictTheirs: '現在のサーバーの値: {value}',
  conflictMine: 'あなたの値: {value}',
  keepMine: '自分の値を使う',
  keepMineLabel: '{name} に自分の値を使う',
  useTheirs: 'サーバーの値を使う',
  useTheirsLabel: '{name} にサーバーの値を使う',
  changedElsewhere: '{time} に他の場所で変更',
  changedElsewhereWas: '変更前: {value}',
  changedWhileTyping:
    '入力中に他の場所で書き込まれました。現在の値: {value}。自分の値を保留すると、どちらを残すか選べます。',
  addHeading: '属性を追加',
  attributeName: '属性名',
  attributeValue: '属性値',
  addAttribute: '属性を追加',
  addSentToRow:
    '「{name}」はすでにあるため、追加しませんでした。入力した値は上のその行のエディターにあります。Enter で保留、Esc で元の値のままにします。',
  characterCount: '{length} / {limit} 文字',
  filterLabel: '属性を絞り込む',
  noMatches: '「{query}」に一致する属性はありません。',
  noAttributes: 'この参加者にはまだ属性がありません。',
  reviewChanges: '変更を確認',
  commit: '保存',
  discardAll: 'すべて破棄',
  undoLastLabel: '最後の変更を元に戻す',
  redoLastLabel: '最後の変更をやり直す',
  stagedCount: {
    other: '保留中の変更 {count} 件',
  },
  toolbarLabel: '保留中の変更',
  reviewTitle: '{participant} の変更を確認',
  reviewOld: '変更前の値',
  reviewNew: '新しい値',
  reviewNothing: '保存する変更はありません。',
  reviewHeldBack: {
    other:
      '{count} 件は他の場所で変更されたため、「自分の値を使う」か「サーバーの値を使う」を選ぶまで送信されません。',
  },
  close: '閉じる',
  endedBanner: 'この会話は終了しています。属性はまだ変更できますが、終了後の変更は分析には残りません。',
  liveStatus_connecting: '接続中',
  liveStatus_reconnecting: '再接続中',
  liveStatus_down: '切断',
  liveDown: 'ライブ更新が接続されていません（{status}）。保存の前には毎回サーバーを再確認します。',
  committed: {
    other: '{count} 件の変更を送信しました。Genesys Cloud に反映されるのを待っています…',
  },
  heldBack: {
    other:
      '{count} 件の変更は他の場所で変更されたため送信していません。「自分の値を使う」か「サーバーの値を使う」を選んでください。',
  },
  changedSinceCommit:
    '送信されませんでした: {names} は「保存」を押した後に変更されました。その後の保留中の変更は保持されます。送信するにはもう一度保存してください。',
  error_rejected:
    'Genesys Cloud が {names} の変更を拒否しました: {detail} 値を修正して、もう一度保存してください。変更は保持されています。',
  error_rejected_overLimit:
    'Genesys Cloud が {names} の変更を拒否しました: {detail} この参加者はすでに {held} 個の属性を持っており、Genesys Cloud が受け付ける {limit} 個を超えています。フローまたは管理者が属性を減らすまで、変更は保存できません。変更は保持されています。',
  error_forbidden:
    'この参加者のデータを変更する権限がありません（403）。変更は保持されています。管理者に権限を依頼してください。',
  error_not_found:
    'この会話は存在しないか、表示できなくなりました（404）。変更は保持されていますが、送信できません。',
  error_rate_limited: {
    other:
      'Genesys Cloud がこのアプリのリクエストを制限しています。{count} 件の変更は保持されています。{seconds} 秒後に再試行します。',
  },
  error_uncertain_checked: {
    other:
      '保存に失敗しました。変更が保存されたかどうかはわかりません。サーバーを確認したところ、{count} 件中 {landed} 件が反映されていました。残りはまだ反映される可能性があり、監視を続けます。「再送信」を選ばない限り、再送信はしません。',
  },
  error_uncertain_unchecked:
    '保存に失敗しました。変更が保存されたかどうかはわからず、サーバーもまだ確認できていません。変更は保持され、監視を続けます。「再送信」を選ばない限り、再送信はしません。',
  error_unauthorized:
    'サインインの有効期限が切れました。もう一度サインインしてください。変更は保持されています。',
  commitWaitingForNetwork:
    'オフラインです。まだ何も送信されていません。接続が戻ると、確定した変更だけが送信されます。編集を続けることも、破棄することもできます。',
  retry: '再試行',
  outcomesUnavailable:
    '一部の変更は送信済みですが未確認で、その操作を読み込めませんでした。接続を確認して、もう一度試してください。',
  notCovered:
    'あなたはこの会話の参加者ではないため、他の場所での変更はライブではなく 10 秒以内に表示されます。保存の前には毎回サーバーを確認します。',
  readFailed:
    '送信前にサーバーを読み取れませんでした。何も送信していません。変更は保持されています。もう一度試してください。',
  retryNow: '今すぐ再試行',
  problem_rejected: 'Genesys Cloud に拒否されました。',
  problem_forbidden: '権限がありません。',
  problem_not_found: '会話が見つかりません。',
  problem_rate_limited: 'リクエスト制限の解除を待っています。',
  problem_uncertain: '保存されていない可能性があります。サーバーを確認しています。',
  problem_unconfirmed:
    '送信しましたが、Genesys Cloud にまだ表示されません。再確認するか、再送信してください。',
  problem_interrupted: 'ページの再読み込み前に送信しました。サーバーを確認しています。',
  problem_unauthorized: '送信するには再度サインインしてください。',
  issue_name_blank: '名前を入力してください。Genesys Cloud では空の名前は使えません。',
  issue_name_whitespace:
    '名前の先頭または末尾に空白があります。名前は完全に一致する必要があります。「{trimmed}」のことですか？',
  issue_name_case_clash:
    '「{existing}」が大文字・小文字の違いだけで既に存在します。名前は大文字と小文字を区別するため、「{existing}」を読むフローにはこの属性は見えません。',
  issue_name_lookalike_normalisation:
    '「{existing}」とまったく同じに見えます（別の Unicode 表現）が、別の名前です。「{existing}」を読むフローには見えません。',
  issue_name_lookalike_invisible:
    '「{existing}」に似ていますが、見えない文字を含んでいます（「{name}」）。「{existing}」を読むフローには見えません。',
  issue_name_lookalike_letters:
    '「{existing}」に似ていますが、似た別の文字を使っています（「{name}」）。「{existing}」を読むフローには見えません。',
  issue_name_invisible: '名前に見えない文字が含まれています: 「{name}」。',
  issue_name_dot: 'エージェント スクリプトは「.」を含む名前を読み取れません。',
  issue_name_exists:
    'この名前はすでにあります。「追加」を押すとその行に移動するので、そこで値を変更してください。',
  issue_name_too_long: '名前が {length} 文字あります。上限は {limit} 文字です。',
  issue_value_too_long: '値が {length} 文字あります。上限は {limit} 文字です。',
  issue_value_not_string: '値はテキストである必要があります。',
  issue_too_many: 'この参加者にはすでに設定上限の {limit} 個の属性があります。',
  policy_refused_name: 'あなたのロールでは「{name}」を変更できません（属性ポリシー）。',
  policy_refused_commit:
    '送信していません: あなたのロールでは {names} を変更できません（属性ポリシー）。これらの変更を元に戻してください。その他の変更は送信しました。',
  access_read_only: '読み取り専用',
  unwritable_commit:
    '未送信: Genesys Cloud は {names} への書き込みを拒否します（空の名前、または長さの上限を超える名前）。これらの変更を元に戻してください。コミットの残りには影響しません。',
  unreadableKept:
    'Genesys Cloud が {names} に送った最新の値はテキストではなく、読み取れませんでした。これらの行には最後に読み取れた値を表示しています。',
  unreadableNotShown:
    'Genesys Cloud が {names} に送った値はテキストではなく、読み取れませんでした。表示していません。',
  rowUnreadable:
    'Genesys Cloud が送った最新の値はテキストではなく、読み取れませんでした。最後に読み取れた値を表示しています。',
  rowNameBlank: '編集不可: Genesys Cloud は空の名前への書き込みを拒否します。',
  rowNameTooLong:
    '編集不可: この名前は {length} 文字です。Genesys Cloud が書き込みを受け付ける名前は {limit} 文字までです。',
  access_masked: 'マスク済み',
  masked_value_label: '{name} の値はマスクされています',
  reveal: '表示',
  reveal_label: '{name} の値を {seconds} 秒間表示',
  revealRemaining: 'あと {seconds} 秒表示します。編集中は延長されます。',
  revealHeld: '編集中は表示し、フィールドを離れるとマスクします。',
  loadingRows: {
    other: '{count} 個の属性をすべて読み込んでいます…',
  },
  noticesLabel: 'お知らせ',
  dismissNotices: 'お知らせを閉じる',
  filterPlaceholder: '絞り込み',
  gridKeysHint: '矢印キーで移動、Enter、F2 または文字入力で編集、Ctrl+Enter で確認してから保存します。',
  sortNext_ascending: '名前で並べ替え（A から Z）',
  sortNext_descending: '名前で並べ替え（Z から A）',
  sortNext_server: '名前での並べ替えを解除（サーバーの順序）',
  rowActionsLabel: '{name} の操作',
  copyFailed: 'コピーできませんでした。ブラウザーがクリップボードへのアクセスを拒否しました。',
  copyAll: 'すべてコピー',
  copiedAll: {
    other: '{count} 個の属性を表示どおりにコピーしました',
  },
  openLinkLabel: '{name} を新しいタブで開く',
  showAllLabel: '{name} をすべて表示',
  showLessLabel: '{name} を折りたたむ',
  saved: '保存しました ✓ {names}',
  savedAnswerLost: '保存しました ✓ {names}。応答は失われましたが、サーバーには変更が反映されています。',
  revert: '以前の値に戻す',
  reverted: {
    other: '{names} の以前の値（{count} 件）を保留しました。確認して保存するか、破棄してください。',
  },
  revertLeftOut: {
    other:
      '{names}（{count} 件）は元に戻していません。あなたのロールではもう変更できません（属性ポリシー）。',
  },
  details: '詳細',
} satisfies Record<AttributeMessageKey, Message>
