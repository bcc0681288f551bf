import type { LiveStatus } from '../live/live-status.ts'
import { useTranslate } from '../../../ui/i18n.tsx'
import { conversationMessages } from '../messages.ts'

const labelKey = {
  live: 'liveLive',
  connecting: 'liveConnecting',
  reconnecting: 'liveReconnecting',
  down: 'liveDown',
} as const

export function LiveStatusBadge({ status }: { status: LiveStatus }) {
  const t = useTranslate(conversationMessages)
  return (
    <span role="status" className="live-status" data-status={status}>
      <span aria-hidden="true" className="live-status__dot" />
      {t(labelKey[status])}
    </span>
  )
}
