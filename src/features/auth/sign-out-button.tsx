import { Button } from '../../ui/button.tsx'
import { useTranslate } from '../../ui/i18n.tsx'
import { useAuth } from './auth-provider.tsx'
import { authMessages } from './messages.ts'

/** Clears this tab's sign-in (every widget frame in it); the Genesys login session itself is not ours to end. */
export function SignOutButton() {
  const t = useTranslate(authMessages)
  const { signOut, status } = useAuth()
  if (status !== 'signed-in') return null
  return (
    <Button variant="ghost" onClick={() => void signOut()}>
      {t('signOut')}
    </Button>
  )
}
