import { useEffect, useState } from 'react'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { useAuth } from './auth-provider.tsx'
import { authMessages } from '../messages.ts'
import { secondsLeft } from '../model/renewal-schedule.ts'

/** Mounted only while the countdown is on screen, so its clock starts right, then ticks once a second. */
function SessionCountdown({ expiresAt }: { expiresAt: number }) {
  const t = useTranslate(authMessages)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1_000)
    return () => window.clearInterval(timer)
  }, [])
  return <p>{t('sessionEndsIn', { seconds: secondsLeft(expiresAt, now) })}</p>
}

/**
 * Non-blocking: the app stays usable underneath. Shown when renewal could not happen silently ("ends in N s —
 * Renew") or the session has ended (work is kept; sign in again to save it).
 */
export function SessionExpiryPrompt() {
  const t = useTranslate(authMessages)
  const { renewal, renewalMethod, expiresAt, failure, status, signIn } = useAuth()
  const due = renewal === 'due' && expiresAt !== undefined
  const ended = renewal === 'expired' || (status === 'error' && renewal !== 'due')
  if (!due && !ended) return null
  const renewing = status === 'signing-in'
  return (
    <Alert tone="warning" className="session-expiry-prompt">
      {due ? <SessionCountdown expiresAt={expiresAt} /> : <p>{t('sessionEnded')}</p>}
      {failure ? <p data-failure-kind={failure.kind}>{t(failure.messageKey)}</p> : null}
      {failure?.detail ? (
        <p className="auth-failure-detail">{t('failureDetail', { detail: failure.detail })}</p>
      ) : null}
      <Button variant="primary" onClick={() => void signIn({ method: renewalMethod })} disabled={renewing}>
        {renewing ? t('renewing') : due ? t('renew') : t('signIn')}
      </Button>
    </Alert>
  )
}
