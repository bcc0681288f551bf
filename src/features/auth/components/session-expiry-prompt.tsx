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
 * How long a re-authentication the widget started by itself (a 401, then a popup or redirect the live login session
 * answers at once, in about 0.2 s) may take before the prompt says so. Shown at once, the prompt pushed the panel
 * down 67 px and back up a moment later, and a click aimed at Commit landed on the participant tabs.
 */
export const quietRenewalMs = 1_500

/** True once `active` has held for `delayMs`; false again as soon as it ends. */
function useHeldFor(active: boolean, delayMs: number): boolean {
  const [held, setHeld] = useState(false)
  useEffect(() => {
    if (!active) return
    const timer = window.setTimeout(() => setHeld(true), delayMs)
    return () => {
      window.clearTimeout(timer)
      setHeld(false)
    }
  }, [active, delayMs])
  return active && held
}

/**
 * Non-blocking: the app stays usable underneath. Shown when renewal could not happen silently ("ends in N s —
 * Renew") or the session has ended (work is kept; sign in again to save it). A re-authentication under way with
 * nothing for the user to do shows nothing for its first moments (`quietRenewalMs`): the panel does not jump.
 */
export function SessionExpiryPrompt() {
  const t = useTranslate(authMessages)
  const { renewal, renewalMethod, expiresAt, failure, status, signIn } = useAuth()
  const due = renewal === 'due' && expiresAt !== undefined
  const ended = renewal === 'expired' || (status === 'error' && renewal !== 'due')
  const renewing = status === 'signing-in'
  const quietlyRenewing = ended && renewing && !failure
  const renewingForLong = useHeldFor(quietlyRenewing, quietRenewalMs)
  if (!due && !ended) return null
  if (quietlyRenewing && !renewingForLong) return null
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
