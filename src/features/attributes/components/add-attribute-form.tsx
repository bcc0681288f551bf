import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { holdWhileTyping } from '../../../lib/typing-hold.ts'
import { Button } from '../../../ui/button.tsx'
import type { Translate } from '../../../ui/i18n.tsx'
import type { AttributeMessageKey } from '../messages.ts'
import {
  countLength,
  hasErrors,
  validateNewAttribute,
  type AttributeLimits,
  type ValidationIssue,
} from '../model/validation.ts'
import { loadOnDemand } from '../../../lib/load-on-demand.ts'
import type { LookalikeWarningProps } from './lookalike-warning.tsx'
import { issueMessageKey } from './message-keys.ts'
import { showInvisible } from '../model/invisible-characters.ts'

const lookalikeWarning = loadOnDemand<LookalikeWarningProps>(() =>
  import('./lookalike-warning.tsx').then((module) => module.LookalikeWarning),
)

interface AddAttributeFormProps {
  existingNames: readonly string[]
  limits: AttributeLimits
  t: Translate<AttributeMessageKey>
  onAdd: (name: string, value: string) => void
  /** The attribute policy's word on a name; a refused name cannot be added (the commit path refuses it too). */
  mayAdd?: (name: string) => boolean
  /**
   * The name exists already: take the user to its row's editor with the value, instead of staging it unseen
   * among other changes. Without it, adding an existing name stages its new value (the old behaviour).
   */
  onOpenExisting?: (name: string, value: string) => void
}

function IssueList({
  id,
  issues,
  t,
}: {
  id: string
  issues: readonly ValidationIssue[]
  t: AddAttributeFormProps['t']
}) {
  if (issues.length === 0) return null
  return (
    <ul id={id} className="attr-issues">
      {issues.map((issue) => (
        <li key={issue.code} data-severity={issue.severity}>
          {t(issueMessageKey[issue.code], issue.params)}
        </li>
      ))}
    </ul>
  )
}

/** Warnings show while typing; errors block only when the user tries to add, so typing is never scolded early. */
export function AddAttributeForm(props: AddAttributeFormProps) {
  const { existingNames, limits, t, onAdd, mayAdd, onOpenExisting } = props
  const id = useId()
  const nameInput = useRef<HTMLInputElement>(null)
  const [name, setName] = useState('')
  const [value, setValue] = useState('')
  const [tried, setTried] = useState(false)
  // The name whose row the form last sent the user to; the form keeps what they typed, so nothing is lost.
  const [sentTo, setSentTo] = useState<string | null>(null)
  // Typed and not added: a redirect the widget would start by itself waits (src/lib/typing-hold.ts).
  const typing = name !== '' || value !== ''
  useEffect(() => (typing ? holdWhileTyping() : undefined), [typing])
  const issues = validateNewAttribute({ name, value }, existingNames, limits)
  const shown = tried
    ? issues
    : issues.filter((issue) => issue.severity === 'warning' || issue.code !== 'name-blank')
  const nameIssues = shown.filter((issue) => issue.field === 'name')
  // Hidden and read-only names get the same answer, so the form does not tell whether a hidden name exists.
  const refused = name.trim() !== '' && mayAdd !== undefined && !mayAdd(name)
  const valueIssues = shown.filter((issue) => issue.field === 'value')
  const lookalike = lookalikeWarning.useOnDemand(name !== '')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    if (hasErrors(issues) || refused) return
    if (onOpenExisting && existingNames.includes(name)) {
      setSentTo(name)
      onOpenExisting(name, value)
      return
    }
    onAdd(name, value)
    setName('')
    setValue('')
    setTried(false)
    nameInput.current?.focus()
  }

  return (
    <form className="attr-add" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`} className="attr-add-heading">
        {t('addHeading')}
      </h3>
      <div className="attr-field">
        <label htmlFor={`${id}-name`}>{t('attributeName')}</label>
        <input
          id={`${id}-name`}
          ref={nameInput}
          value={name}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={hasErrors(nameIssues) || refused}
          aria-describedby={
            [
              nameIssues.length > 0 ? `${id}-name-issues` : '',
              lookalike.status === 'loaded' ? `${id}-name-lookalike` : '',
              refused ? `${id}-name-refused` : '',
            ]
              .filter(Boolean)
              .join(' ') || undefined
          }
          onChange={(event) => {
            setName(event.target.value)
            setSentTo(null)
          }}
        />
        <IssueList id={`${id}-name-issues`} issues={nameIssues} t={t} />
        {lookalike.status === 'loaded' && name !== '' ? (
          <lookalike.component id={`${id}-name-lookalike`} name={name} existingNames={existingNames} t={t} />
        ) : null}
        {refused ? (
          <p id={`${id}-name-refused`} className="attr-issues" data-severity="error" role="alert">
            {t('policy_refused_name', { name })}
          </p>
        ) : null}
      </div>
      <div className="attr-field">
        <label htmlFor={`${id}-value`}>{t('attributeValue')}</label>
        <textarea
          id={`${id}-value`}
          value={value}
          rows={2}
          spellCheck={false}
          aria-invalid={hasErrors(valueIssues)}
          aria-describedby={`${id}-count${valueIssues.length > 0 ? ` ${id}-value-issues` : ''}`}
          onChange={(event) => setValue(event.target.value)}
        />
        <span id={`${id}-count`} className="attr-count">
          {t('characterCount', { length: countLength(value), limit: limits.maxValueLength })}
        </span>
        <IssueList id={`${id}-value-issues`} issues={valueIssues} t={t} />
      </div>
      <Button type="submit" variant="primary">
        {t('addAttribute')}
      </Button>
      <p role="status" className="attr-note">
        {sentTo !== null && sentTo === name ? t('addSentToRow', { name: showInvisible(name) }) : null}
      </p>
    </form>
  )
}
