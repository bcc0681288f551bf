import { onlineManager } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
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
  // The socket can take a while to notice a lost network; the browser knows at once, and so should the agent.
  const online = useSyncExternalStore(
    (listener) => onlineManager.subscribe(listener),
    () => onlineManager.isOnline(),
  )
  return (
    <span role="status" className="live-status" data-status={online ? status : 'down'}>
      <span aria-hidden="true" className="live-status__dot" />
      {online ? t(labelKey[status]) : t('liveOffline')}
    </span>
  )
}
