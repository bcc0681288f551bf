import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import type { AuthFailure } from '../model/auth-failure.ts'
import { authMessages } from '../messages.ts'

/** What happened, what to do, and the server's own words (as text) for the admin. */
export function FailureMessage({ failure, onRetry }: { failure: AuthFailure; onRetry: () => void }) {
  const t = useTranslate(authMessages)
  return (
    <Alert tone="error">
      <p data-failure-kind={failure.kind}>{t(failure.messageKey)}</p>
      {failure.detail ? (
        <p className="auth-failure-detail">{t('failureDetail', { detail: failure.detail })}</p>
      ) : null}
      <Button variant="primary" onClick={onRetry}>
        {t('tryAgain')}
      </Button>
    </Alert>
  )
}
