import { useSyncExternalStore } from 'react'
import { isStorageDegraded, sessionStore, subscribeStorageDegraded } from '../lib/session-store.ts'
import { Alert } from '../ui/alert.tsx'
import { useTranslate } from '../ui/i18n.tsx'
import { appMessages } from './messages.ts'

/** Says when a reload would lose what the panel holds: storage refused to this frame, or full mid-session. */
export function StorageNotice() {
  const t = useTranslate(appMessages)
  const full = useSyncExternalStore(subscribeStorageDegraded, isStorageDegraded, isStorageDegraded)
  if (!sessionStore().persistent) return <Alert tone="warning">{t('storageBlocked')}</Alert>
  return full ? <Alert tone="warning">{t('storageFull')}</Alert> : null
}
