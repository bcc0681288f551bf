import { useId } from 'react'
import { useTranslate } from '../../../ui/i18n.tsx'
import type { ConversationLabel } from '../model/conversation-label.ts'
import { findMessages } from '../messages.ts'
import { useLabelText } from './use-label-text.ts'

export interface RecentEntry {
  readonly id: string
  readonly openedAt: number
  readonly label: ConversationLabel
}

/**
 * Conversations opened in this browser session, newest first, labelled as in the search results, as plain buttons
 * (Tab and Enter reach every one). Only conversations that were found are in it.
 */
export function RecentConversationsList({
  recent,
  currentId,
  onOpen,
}: {
  recent: readonly RecentEntry[]
  currentId: string | undefined
  onOpen: (conversationId: string) => void
}) {
  const t = useTranslate(findMessages)
  const labelText = useLabelText()
  const id = useId()
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
              aria-label={t('openResult', { label: labelText(entry.label) })}
              onClick={() => onOpen(entry.id)}
            >
              <span>{labelText(entry.label)}</span>
              {entry.id === currentId ? <span className="hint"> {t('recentCurrent')}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
