import { useState, type KeyboardEvent } from 'react'
import { looksTechnical } from './json-value.ts'

interface ValueEditorProps {
  id: string
  label: string
  value: string
  readOnly: boolean
  describedBy?: string | undefined
  onStage: (value: string) => void
}

/** Rows to show: grows with the text, within reason; CSS field-sizing does the rest where supported. */
function rowsFor(text: string): number {
  const lines = text.split('\n').length + Math.floor(text.length / 60)
  return Math.min(Math.max(lines, 1), 12)
}

/**
 * The inline editor of one value: Enter or leaving the field stages, Shift+Enter adds a line, Escape cancels.
 * A textarea, so long JSON or URLs wrap inside the cell instead of stretching the table; values are text only.
 */
export function ValueEditor({ id, label, value, readOnly, describedBy, onStage }: ValueEditorProps) {
  const [draft, setDraft] = useState(value)
  const [shownValue, setShownValue] = useState(value)
  // The staged or server value changed underneath (undo, live update): show it, dropping an unsent draft.
  if (shownValue !== value) {
    setShownValue(value)
    setDraft(value)
  }
  const stage = () => {
    if (draft !== value) onStage(draft)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault()
      stage()
    } else if (event.key === 'Escape' && draft !== value) {
      event.preventDefault()
      event.stopPropagation()
      setDraft(value)
    }
  }
  return (
    <textarea
      id={id}
      className={looksTechnical(draft) ? 'attr-value-editor attr-mono' : 'attr-value-editor'}
      aria-label={label}
      aria-describedby={describedBy}
      value={draft}
      rows={rowsFor(draft)}
      readOnly={readOnly}
      spellCheck={false}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={stage}
    />
  )
}
