import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { holdWhileTyping } from '../../../lib/typing-hold.ts'
import type { ValidationIssue } from '../model/validation.ts'
import { isPending, markCarriedOut, type EditorRequest } from './editor-request.ts'
import { looksTechnical } from './json-value.ts'

interface ValueEditorProps {
  id: string
  label: string
  value: string
  readOnly: boolean
  describedBy?: string | undefined
  /** Problems with a draft (e.g. over the length limit); an error keeps the draft unstaged. */
  check: (draft: string) => ValidationIssue[]
  describeIssue: (issue: ValidationIssue) => string
  /** What to say when the value changes underneath a draft (a flow wrote it while the user typed). */
  describeChange: (now: string) => string
  /** `startedFrom`: the value shown when typing began; it may differ from `value` if a live update came in. */
  onStage: (value: string, startedFrom: string) => void
  /** The add form sent the user here with a value for this (existing) name: show it as a draft, focused. */
  request?: EditorRequest | undefined
  /** Told (stable callback) when the field starts or stops being worked in: it has focus or a draft. */
  onActiveChange?: ((active: boolean) => void) | undefined
  /** Gives focus back to the grid: after Enter staged (`next`: the value below) or after Escape (`cancel`). */
  onLeave?: ((how: 'next' | 'cancel') => void) | undefined
}

/** Rows while editing: grows with the text, within reason; CSS field-sizing does the rest where supported. */
function rowsFor(text: string): number {
  const lines = text.split('\n').length + Math.floor(text.length / 60)
  return Math.min(Math.max(lines, 1), 12)
}

/**
 * One value, shown as text and edited in place: the same textarea, drawn as plain text on one or two lines until
 * it has focus (the grid gives it focus on Enter, F2, double-click or typing). Enter or leaving the field stages,
 * Shift+Enter adds a line, Escape cancels. Values are text only, never HTML.
 */
export function ValueEditor(props: ValueEditorProps) {
  const { id, label, value, readOnly, describedBy, onStage } = props
  const [draft, setDraft] = useState(value)
  const [shownValue, setShownValue] = useState(value)
  const [startedFrom, setStartedFrom] = useState<string | null>(null)
  const field = useRef<HTMLTextAreaElement>(null)
  // What Enter just staged: the blur that follows (focus moves to the next row) must not stage it a second time.
  const justStaged = useRef<string | null>(null)
  // Escape hands focus back to the grid: the blur that causes must not stage the draft just cancelled.
  const cancelled = useRef(false)
  const [focused, setFocused] = useState(false)
  const active = focused || startedFrom !== null
  const onActiveChange = props.onActiveChange
  // Typed and not staged: only this page holds it, so a redirect the widget would start by itself waits.
  const typing = startedFrom !== null
  useEffect(() => (typing ? holdWhileTyping() : undefined), [typing])
  useEffect(() => {
    if (!onActiveChange || !active) return
    onActiveChange(true)
    return () => onActiveChange(false)
  }, [active, onActiveChange])
  // The add form's value arrives as a draft, as if typed here: nothing is staged until Enter or leaving the field.
  const request = props.request
  const [appliedRequest, setAppliedRequest] = useState<EditorRequest | undefined>()
  if (isPending(request) && request !== appliedRequest) {
    setAppliedRequest(request)
    if (!readOnly) {
      setStartedFrom(value)
      setDraft(request.value)
    }
  }
  useEffect(() => {
    if (!isPending(request)) return
    markCarriedOut(request)
    field.current?.focus({ preventScroll: true })
    field.current?.scrollIntoView?.({ block: 'center' })
  }, [request])
  // The value changed underneath (undo, a live update). An untouched field follows it; a field being typed in
  // keeps the user's text, and the edit stays based on what they started from, so staging it shows a conflict.
  if (shownValue !== value) {
    setShownValue(value)
    if (startedFrom === null) setDraft(value)
  }
  const issues = startedFrom === null ? [] : props.check(draft)
  // Shown at once, not when the field is left: the user must see the new value before deciding to stage theirs.
  const changedUnderneath = startedFrom !== null && startedFrom !== value && draft !== value
  const blocked = issues.some((issue) => issue.severity === 'error')
  const stage = (): boolean => {
    if (blocked) return false
    // Only while the value is still the one shown before Enter: once it follows, draft === value says the same.
    if (justStaged.current === draft && shownValue !== draft) return true
    if (draft !== value || (startedFrom !== null && startedFrom !== value)) {
      onStage(draft, startedFrom ?? value)
      justStaged.current = draft
    }
    setStartedFrom(null)
    return true
  }
  const edit = (text: string) => {
    justStaged.current = null
    if (startedFrom === null) setStartedFrom(value)
    setDraft(text)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault()
      // Ctrl/Cmd+Enter stages and goes on to the panel's shortcut (review, commit); plain Enter moves down.
      if (event.ctrlKey || event.metaKey) stage()
      else if (stage()) props.onLeave?.('next')
    } else if (event.key === 'Escape') {
      // Escape with a draft cancels it; without one it leaves the field (a dialog around it may close next time).
      event.preventDefault()
      event.stopPropagation()
      setDraft(value)
      setStartedFrom(null)
      cancelled.current = true
      props.onLeave?.('cancel')
      cancelled.current = false
    }
  }
  return (
    <>
      <textarea
        id={id}
        ref={field}
        className={looksTechnical(draft) ? 'attr-value-editor attr-mono' : 'attr-value-editor'}
        tabIndex={-1}
        data-editing={active || undefined}
        aria-label={label}
        aria-describedby={
          [
            changedUnderneath ? `${id}-changed` : undefined,
            issues.length > 0 ? `${id}-issues` : undefined,
            describedBy,
          ]
            .filter(Boolean)
            .join(' ') || undefined
        }
        aria-invalid={blocked || undefined}
        value={draft}
        rows={active ? rowsFor(draft) : 1}
        readOnly={readOnly}
        spellCheck={false}
        onChange={(event) => edit(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          if (!cancelled.current) stage()
          setFocused(false)
        }}
      />
      {changedUnderneath ? (
        <p id={`${id}-changed`} className="attr-note attr-live" role="status">
          <bdi>{props.describeChange(value)}</bdi>
        </p>
      ) : null}
      {issues.length > 0 ? (
        <ul id={`${id}-issues`} className="attr-issues">
          {issues.map((issue) => (
            <li key={issue.code} data-severity={issue.severity}>
              {props.describeIssue(issue)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
