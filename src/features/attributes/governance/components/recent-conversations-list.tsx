import { useEffect, useId, useSyncExternalStore } from 'react'
import { useLanguage, useTranslate } from '../../../../ui/i18n.tsx'
import { governanceMessages } from '../messages.ts'
import {
  readRecentConversations,
  rememberConversation,
  subscribeRecentConversations,
} from '../store/recent-conversations.ts'

/**
 * Conversations opened in this browser session, newest first, as plain buttons (Tab and Enter reach every one).
 * The conversation on screen is remembered when it appears, however it was opened.
 */
export function RecentConversationsList({
  currentId,
  onOpen,
}: {
  currentId: string | undefined
  onOpen: (conversationId: string) => void
}) {
  const t = useTranslate(governanceMessages)
  const language = useLanguage()
  const id = useId()
  const recent = useSyncExternalStore(subscribeRecentConversations, readRecentConversations)
  useEffect(() => {
    if (currentId) rememberConversation(currentId, Date.now())
  }, [currentId])
  if (recent.length === 0) return null
  return (
    <nav className="gov-recent" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('recentHeading')}</h3>
      <ul>
        {recent.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="button"
              data-variant="ghost"
              aria-current={entry.id === currentId ? 'true' : undefined}
              aria-label={t('recentOpen', {
                id: entry.id,
                time: new Date(entry.openedAt).toLocaleTimeString(language),
              })}
              onClick={() => onOpen(entry.id)}
            >
              <span className="gov-recent-id">{entry.id}</span>
              {entry.id === currentId ? <span className="hint"> {t('recentCurrent')}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
