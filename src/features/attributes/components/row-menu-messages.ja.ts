import type { Message } from '../../../ui/i18n.tsx'
import type { RowMenuMessageKey } from './row-menu-messages.ts'

/** Japanese for ./row-menu-messages.ts, in its own file so that only agents working in Japanese download it. */
export const rowMenuMessagesJa = {
  copyValue: '値をコピー',
  copyValueLabel: '{name} の値をコピー',
  copyName: '名前をコピー',
  copyNameLabel: '名前 {name} をコピー',
  copyE164: '{number} としてコピー',
  copyE164Label: '{name} を E.164 形式の番号 {number} としてコピー',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。ブラウザーがクリップボードへのアクセスを拒否しました。',
} satisfies Record<RowMenuMessageKey, Message>
