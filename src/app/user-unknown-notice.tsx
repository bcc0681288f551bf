import type { UseQueryResult } from '@tanstack/react-query'
import { useEditsOwnerKnown } from '../features/attributes/store/staged-edits-provider.tsx'
import { meRetryMs } from '../features/conversation/api/conversation-queries.ts'
import { GenesysApiError } from '../genesys/errors.ts'
import { Alert } from '../ui/alert.tsx'
import { Button } from '../ui/button.tsx'
import { useTranslate } from '../ui/i18n.tsx'
import { appMessages } from './messages.ts'

/**
 * Says why Commit is unavailable when `users/me` failed: until it names the user, staged edits have no owner and
 * are not committed (decision 0032). The query asks again by itself; Try again asks now.
 */
export function UserUnknownNotice({ me }: { me: UseQueryResult<unknown> }) {
  const t = useTranslate(appMessages)
  // A background re-read that fails once the user is known changes nothing for Commit: no word then.
  const ownerKnown = useEditsOwnerKnown()
  if (!me.isError || ownerKnown) return null
  return (
    <Alert tone="warning">
      {t('userUnknown', { reason: reasonOf(me.error), seconds: Math.round(meRetryMs(me.error) / 1000) })}{' '}
      <Button onClick={() => void me.refetch()} disabled={me.isFetching}>
        {t('tryAgain')}
      </Button>
    </Alert>
  )
}

/** A short code for the notice (the full request line is for logs, not for an agent's narrow panel). */
function reasonOf(error: Error): string {
  if (!(error instanceof GenesysApiError)) return 'network'
  return error.status === undefined ? error.kind : `HTTP ${error.status}`
}
