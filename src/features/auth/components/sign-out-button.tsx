import { useState } from 'react'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { useAuth } from './auth-provider.tsx'
import { authMessages } from '../messages.ts'

/**
 * Clears this tab's sign-in (every widget frame in it) and ends the Genesys login session, so the next person
 * using this browser meets the login page, not the agent who left. With unsaved changes it asks first: signing out
 * discards them, so the next user of the browser cannot send them.
 */
export function SignOutButton({ unsavedCount = 0 }: { unsavedCount?: number }) {
  const t = useTranslate(authMessages)
  const { signOut, status } = useAuth()
  const [asking, setAsking] = useState(false)
  if (status !== 'signed-in') return null
  if (asking && unsavedCount > 0) {
    return (
      <div role="alertdialog" aria-label={t('signOut')} className="sign-out-confirm">
        <p>{t('signOutUnsaved', { count: unsavedCount })}</p>
        <Button variant="danger" onClick={() => void signOut()}>
          {t('signOutDiscard')}
        </Button>{' '}
        <Button autoFocus onClick={() => setAsking(false)}>
          {t('signOutKeep')}
        </Button>
      </div>
    )
  }
  return (
    <Button variant="ghost" onClick={() => (unsavedCount > 0 ? setAsking(true) : void signOut())}>
      {t('signOut')}
    </Button>
  )
}
