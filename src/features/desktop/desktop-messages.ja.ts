import type { Message } from '../../ui/i18n.tsx'
import type { DesktopMessageKey } from './desktop-messages.ts'

/** Japanese for ./desktop-messages.ts, in its own file so that only agents working in Japanese download it. */
export const desktopMessagesJa = {
  toastTitle: '参加者データ',
  changedElsewhere: {
    other:
      '変更を保留している間に、フローまたは他のユーザーが {count} 件の値（{names}）を変更しました。パネルを開いて、どちらの値を残すか選んでください。',
  },
  commitFailed: {
    other: '{count} 件の変更（{names}）を保存できませんでした: {reason} 変更はパネルに保持されています。',
  },
  unsavedOnStop: {
    other:
      '参加者データの {count} 件の変更がまだ保存されていません。このインタラクションをもう一度開いて、確認してから保存してください。',
  },
} satisfies Record<DesktopMessageKey, Message>
