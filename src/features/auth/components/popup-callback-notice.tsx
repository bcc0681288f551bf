import { useTranslate } from '../../../ui/i18n.tsx'
import { authMessages } from '../messages.ts'

/** What a sign-in popup shows for the moment before its opener closes it. */
export function PopupCallbackNotice() {
  const t = useTranslate(authMessages)
  return <p role="status">{t('popupCallbackDone')}</p>
}
