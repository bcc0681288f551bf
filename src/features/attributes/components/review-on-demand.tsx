import { loadOnDemand, type OnDemandState } from '../../../lib/load-on-demand.ts'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate, type Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import type { ReviewDialogProps } from './review-dialog.tsx'
import { reviewMessages } from './review-messages.ts'

// Most loads never review anything, so the dialog is a chunk of its own.
const reviewDialog = loadOnDemand<ReviewDialogProps>(() =>
  import('./review-dialog.tsx').then((module) => module.ReviewDialog),
)

/**
 * The review dialog's code, fetched as soon as `staged` (an edit is staged), so it is normally there before the
 * "Review changes" click; a click that comes first waits for it (see `ReviewUnavailable` for a failed load).
 */
export const useReviewDialog = (staged: boolean): OnDemandState<ReviewDialogProps> =>
  reviewDialog.useOnDemand(staged)

/** The review asked for could not be loaded: say so, offer a retry (the dialog opens when it arrives). */
export function ReviewUnavailable({ t }: { t: Translate<AttributeMessageKey> }) {
  const tr = useTranslate(reviewMessages)
  return (
    <Alert tone="error">
      <p>{tr('reviewFailed')}</p>
      <Button onClick={reviewDialog.preload}>{t('retry')}</Button>
    </Alert>
  )
}
