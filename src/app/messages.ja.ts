import type { Message } from '../ui/i18n.tsx'
import type { AppMessageKey } from './messages.ts'

/** Japanese for ./messages.ts, in its own file so that only agents working in Japanese download it. */
export const appMessagesJa = {
  title: '参加者データ',
  localEmulator: 'ローカルエミュレーター',
  configErrorTitle: 'ウィジェットが正しく設定されていません',
  configErrorHelp:
    'Genesys Cloud の管理者に、ウィジェットの設定（config.json）と統合の URL を確認するよう依頼してください。',
  storageBlocked:
    'お使いのブラウザーではこのパネルにデータを保存できないため、保留中の変更はパネルを開いている間だけ保持されます。閉じるか再読み込みする前に保存するか、このサイトのサードパーティ Cookie を許可してください。',
  storageFull:
    'このブラウザーのパネル用ストレージがいっぱいです。これ以降に保留した変更は、パネルを開いている間だけ保持されます。再読み込みする前に保存してください。',
  featureFailed:
    'パネルのこの部分が動作しなくなりました（{message}）。保留中の変更は保持されています。もう一度試すか、パネルを再読み込みしてください。',
  reload: 'パネルを再読み込み',
  tryAgain: '再試行',
  userUnknown:
    'Genesys Cloud からサインイン中のユーザーがまだ返されていません ({reason})。保留中の変更は保持されます。「保存」とライブ更新は応答があるまで待機します。{seconds} 秒ごとに再確認しています。',
} satisfies Record<AppMessageKey, Message>
