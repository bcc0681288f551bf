import { useId, type KeyboardEvent } from 'react'
import type { Conversation } from '../../../genesys/schemas.ts'
import { useTranslate } from '../../../ui/i18n.tsx'
import { conversationMessages } from '../messages.ts'
import { conversationLabel, conversationMedia } from '../model/conversation-facts.ts'

/** Keys that change a closed native select's value at once in Chromium: here they do nothing (Alt+Down opens it). */
const switchingKeys = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
])

function keepClosedPickerStill(event: KeyboardEvent<HTMLSelectElement>) {
  if (switchingKeys.has(event.key) && !event.altKey) event.preventDefault()
}

/**
 * A native select (the platform's own list and screen-reader behaviour), sitting in the header line. Arrow keys on
 * the closed picker do not switch conversations: an agent tabbing past must not leave the call by accident. Each
 * option says how many unsaved edits it holds ("• 2 unsaved").
 */
export function ConversationPicker({
  conversations,
  selectedId,
  current,
  onSelect,
  unsavedCountOf,
}: {
  conversations: Conversation[]
  selectedId: string | undefined
  /** The conversation on screen when it is not in the list (ended, or opened by ID), to label it by name. */
  current?: Conversation | undefined
  onSelect: (conversationId: string) => void
  /** Staged or unconfirmed edits per conversation, shown in its option. */
  unsavedCountOf?: (conversationId: string) => number
}) {
  const t = useTranslate(conversationMessages)
  const selectId = useId()
  const hintId = useId()
  return (
    <div className="conversation-picker">
      <label htmlFor={selectId} className="visually-hidden">
        {t('pickerLabel')}
      </label>
      <select
        id={selectId}
        className="input"
        value={selectedId ?? ''}
        aria-describedby={hintId}
        onChange={(event) => onSelect(event.target.value)}
        onKeyDown={keepClosedPickerStill}
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
            {(unsavedCountOf?.(conversation.id) ?? 0) > 0
              ? ` • ${t('unsavedCount', { count: unsavedCountOf?.(conversation.id) ?? 0 })}`
              : ''}
          </option>
        ))}
      </select>
      <span id={hintId} className="visually-hidden">
        {t('pickerHint', { count: conversations.length })}
      </span>
    </div>
  )
}
