import { loadOnDemand } from '../../../lib/load-on-demand.ts'
import { useAfterPaint } from '../../../lib/use-after-paint.ts'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { customAttributesLoaderMessages } from '../loader-messages.ts'
import type { ConversationDataProps } from './conversation-data.tsx'

const conversationData = loadOnDemand<ConversationDataProps>(() =>
  import('./conversation-data.tsx').then((module) => module.ConversationData),
)

/**
 * The "Conversation data" section is a chunk of its own, requested once the participant table is painted: it sits
 * below it, and its bytes must not compete with the table (decision 0009; the entry is near its 120 KB budget).
 */
export function ConversationDataOnDemand(props: ConversationDataProps) {
  const t = useTranslate(customAttributesLoaderMessages)
  const loaded = conversationData.useOnDemand(useAfterPaint())
  if (loaded.status === 'loaded') return <loaded.component {...props} />
  if (loaded.status === 'failed')
    return (
      <Alert tone="error">
        <p>{t('failed')}</p>
        <Button onClick={conversationData.preload}>{t('retry')}</Button>
      </Alert>
    )
  return (
    <p role="status" className="hint">
      {t('loading')}
    </p>
  )
}
