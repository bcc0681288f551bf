import { useId } from 'react'
import type { Conversation } from '../../../genesys/schemas.ts'
import { useTranslate } from '../../../ui/i18n.tsx'
import { conversationMessages } from '../messages.ts'
import { conversationLabel, conversationMedia } from '../model/conversation-facts.ts'

/** A native select: keyboard and screen readers get the platform's own behaviour for free. */
export function ConversationPicker({
  conversations,
  selectedId,
  current,
  onSelect,
}: {
  conversations: Conversation[]
  selectedId: string | undefined
  /** The conversation on screen when it is not in the list (ended, or opened by ID), to label it by name. */
  current?: Conversation | undefined
  onSelect: (conversationId: string) => void
}) {
  const t = useTranslate(conversationMessages)
  const selectId = useId()
  const hintId = useId()
  return (
    <div className="conversation-picker">
      <label htmlFor={selectId}>{t('pickerLabel')}</label>
      <select
        id={selectId}
        className="input"
        value={selectedId ?? ''}
        aria-describedby={hintId}
        onChange={(event) => onSelect(event.target.value)}
      >
        {selectedId && !conversations.some((conversation) => conversation.id === selectedId) ? (
          <option value={selectedId}>
            {current?.id === selectedId ? conversationLabel(current) : selectedId}
          </option>
        ) : null}
        {conversations.map((conversation) => (
          <option key={conversation.id} value={conversation.id}>
            {conversationLabel(conversation)}
            {conversationMedia(conversation) ? ` (${conversationMedia(conversation)})` : ''}
          </option>
        ))}
      </select>
      <span id={hintId} className="hint">
        {t('pickerHint', { count: conversations.length })}
      </span>
    </div>
  )
}
