import type { ReactNode } from 'react'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { useAuth, useAuthContext } from './auth-provider.tsx'
import { FailureMessage } from './failure-message.tsx'
import { authMessages } from '../messages.ts'
import { SessionExpiryPrompt } from './session-expiry-prompt.tsx'

/**
 * Renders the app once signed in and keeps it mounted while a session expires or renews, so staged edits and
 * the screen stay; before the first sign-in (or after sign-out) it shows a calm sign-in screen.
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const auth = useAuth()
  if (auth.status === 'signed-in' || auth.hadSession) {
    return (
      <>
        <SessionExpiryPrompt />
        {children}
      </>
    )
  }
  return <SignInScreen />
}

function SignInScreen() {
  const t = useTranslate(authMessages)
  const { status, failure, regionLabel, grant, signIn } = useAuth()
  // Region names are Genesys's own (shown in English there too); the emulator's label is ours to translate.
  const { region } = useAuthContext().config
  const busy = status === 'signing-in'
  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('signInTitle')}</h2>
      <p>{t('signInIntro')}</p>
      <dl className="sign-in-facts">
        <dt>{t('regionLabel')}</dt>
        <dd>{region.isEmulator ? t('regionEmulator', { origin: region.apiOrigin }) : regionLabel}</dd>
      </dl>
      {grant === 'implicit' ? <Alert tone="info">{t('implicitRetirementNotice')}</Alert> : null}
      {failure && !busy ? (
        <FailureMessage failure={failure} onRetry={() => void signIn()} />
      ) : (
        <Button variant="primary" onClick={() => void signIn()} disabled={busy} aria-busy={busy}>
          {busy ? t('signingIn') : t('signIn')}
        </Button>
      )}
    </section>
  )
}
