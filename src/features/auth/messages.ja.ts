import type { Message } from '../../ui/i18n.tsx'
import type { AuthMessageKey } from './messages.ts'

/** Japanese for ./messages.ts, in its own file so that only agents working in Japanese download it. */
export const authMessagesJa = {
  signInTitle: 'Genesys Cloud にサインイン',
  signInIntro: 'このウィジェットは、あなたの Genesys Cloud アカウントで参加者データを表示・修正します。',
  signIn: 'サインイン',
  signingIn: 'サインインしています…',
  signOut: 'サインアウト',
  signOutUnsaved: {
    other:
      '未保存の変更が {count} 件あります。サインアウトすると破棄され、このブラウザーを次に使う人が送信することはできなくなります。',
  },
  signOutDiscard: 'サインアウトして破棄',
  signOutKeep: '作業を続ける',
  tryAgain: '再試行',
  regionLabel: 'リージョン',
  regionEmulator: 'ローカルエミュレーター（{origin}）',
  implicitRetirementNotice:
    'このウィジェットは暗黙的付与（Implicit Grant）でサインインしますが、Genesys Cloud はこの方式を廃止予定です（2026 年から新しい暗黙的付与クライアントは作成不可、2027 年にサインイン不可）。OAuth クライアントを PKCE 付きの Code Authorization に切り替えるよう管理者に依頼してください。',
  popupCallbackDone: 'サインインしました。このウィンドウは閉じてかまいません。',
  sessionEndsIn: 'Genesys のセッションはあと {seconds} 秒で終了します。',
  sessionEnded:
    'Genesys のセッションが終了しました。変更は保持されています。保存するには再度サインインしてください。',
  renew: '延長',
  renewing: '延長しています…',
  failureAccessDenied:
    'Genesys Cloud がアクセスを許可しませんでした（サインインのキャンセル、または権限の拒否）。もう一度サインインして要求を承認するか、必要な権限を管理者に依頼してください。',
  failureUnknownClient:
    'このリージョンの Genesys Cloud は、このアプリの OAuth クライアントを認識していません。config.json のクライアント ID とリージョンを確認するよう管理者に依頼してください。',
  failureWrongGrant:
    'OAuth クライアントがこの種類のサインイン用に設定されていません。Genesys Cloud と config.json の付与タイプ（PKCE または暗黙的付与）を確認するよう管理者に依頼してください。',
  failureWrongRedirectUri:
    'Genesys Cloud がこのアプリのアドレスをリダイレクト URI として拒否しました。OAuth クライアントのリダイレクト URI にこのアドレスを追加するよう管理者に依頼してください。',
  failurePopupBlocked:
    'ブラウザーがサインイン ウィンドウをブロックしました。このサイトのポップアップを許可してから、もう一度試してください。',
  failurePopupClosed:
    'サインインが完了する前にサインイン ウィンドウが閉じられました。もう一度試してください。ウィンドウに不明なクライアントや未登録のリダイレクト URI などのエラーが表示された場合は、その内容を管理者に伝えてください。config.json のクライアント ID と OAuth クライアントのリダイレクト URI が、このアプリと一致している必要があります。',
  failureNoAnswer:
    'サインインが完了しませんでした。Genesys のページに不明なクライアントや未登録のリダイレクト URI などのエラーが表示された場合は、その内容を管理者に伝えてください。config.json のクライアント ID と OAuth クライアントのリダイレクト URI が、このアプリと一致している必要があります。それ以外の場合は、もう一度サインインしてください。',
  failureFrameRefused:
    'Genesys のログイン ページはこのフレーム内に表示できません。別のウィンドウでサインインしてください。',
  failureStateMismatch:
    'サインインの応答がここで開始したサインインと一致しなかったため、安全のため拒否しました。このウィンドウからもう一度サインインしてください。',
  failureExpiredAtReceipt:
    'サインインの応答は受信時にすでに期限切れでした。コンピューターの時計と OAuth クライアントのトークン有効期間を確認してから、もう一度試してください。',
  failureNetwork: 'Genesys Cloud に接続できません。ネットワーク接続を確認してから、もう一度試してください。',
  failureRejected:
    'Genesys Cloud がサインインを拒否しました。もう一度試してください。繰り返し失敗する場合は管理者に連絡してください。',
  failureServerError:
    'Genesys Cloud は現在サインインを完了できませんでした。しばらく待ってから、もう一度試してください。',
  failureSignInUnavailable:
    'サインインを開始できませんでした。このアプリの一部をダウンロードできませんでした。ネットワーク接続を確認してから、もう一度試してください。繰り返し失敗する場合は、アプリが更新された直後かもしれません。ページを再読み込みしてください。',
  failureDetail: '詳細: {detail}',
} satisfies Record<AuthMessageKey, Message>
