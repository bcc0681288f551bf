import { useId, useState, type FormEvent } from 'react'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { conversationMessages } from '../messages.ts'
import { parseConversationReference } from '../model/conversation-reference.ts'

/** Supervisors (and agents, where the server allows) open any conversation by ID or pasted link. */
export function OpenConversationForm({ onOpen }: { onOpen: (conversationId: string) => void }) {
  const t = useTranslate(conversationMessages)
  const inputId = useId()
  const hintId = useId()
  const errorId = useId()
  const [text, setText] = useState('')
  const [invalid, setInvalid] = useState(false)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const conversationId = parseConversationReference(text)
    if (!conversationId) {
      setInvalid(true)
      return
    }
    setInvalid(false)
    setText('')
    onOpen(conversationId)
  }

  return (
    <form className="open-conversation" onSubmit={submit} aria-label={t('openById')}>
      <label htmlFor={inputId}>{t('openByIdLabel')}</label>
      <div className="open-conversation__row">
        <input
          id={inputId}
          className="input"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
          aria-invalid={invalid}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit">{t('openButton')}</Button>
      </div>
      <p id={hintId} className="hint">
        {t('openByIdHint')}
      </p>
      {invalid ? (
        <p id={errorId} role="alert" className="field-error">
          {t('openByIdInvalid')}
        </p>
      ) : null}
    </form>
  )
}
