import { useId, useState } from 'react'
import type { FieldProblem, FieldSpec, FieldValue } from '../../../genesys/custom-attribute-fields.ts'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { customAttributesMessages } from '../messages.ts'
import { inputTextOf, parseFieldInput } from '../model/parse-input.ts'
import { displayValue, problemText } from './problem-text.ts'

export interface FieldEditorProps {
  field: FieldSpec
  server: FieldValue | undefined
  /** undefined: nothing staged for this field. */
  staged: { value: FieldValue } | undefined
  disabled: boolean
  /** Why the policy keeps this field from being changed (read-only); the control is disabled with it. */
  policyHint?: string | undefined
  onStage: (value: FieldValue) => void
  onUndo: () => void
}

/**
 * One typed editor from the schema. A value is staged only when it fits the field's rules; otherwise the message
 * names the field and the rule, and what was staged before stays. The text typed is kept while the field has focus
 * (so "12," can become "12,5"), then the staged value shows.
 */
export function FieldEditor({
  field,
  server,
  staged,
  disabled,
  policyHint,
  onStage,
  onUndo,
}: FieldEditorProps) {
  const t = useTranslate(customAttributesMessages)
  const id = useId()
  const [draft, setDraft] = useState<string | undefined>(undefined)
  const [problem, setProblem] = useState<FieldProblem | null>(null)
  const current = staged ? staged.value : server
  const hintId = `${id}-hint`
  const problemId = `${id}-problem`

  const take = (raw: string | boolean) => {
    const parsed = parseFieldInput(field, raw)
    if (!parsed.ok) return setProblem(parsed.problem)
    setProblem(null)
    onStage(parsed.value)
  }
  const textProps = {
    id,
    value: draft ?? inputTextOf(field, current),
    disabled,
    'aria-invalid': problem ? true : undefined,
    'aria-required': field.required ? true : undefined,
    'aria-describedby': [problem ? problemId : '', hintId].filter(Boolean).join(' '),
    onFocus: () => setDraft(inputTextOf(field, current)),
    onBlur: () => (problem ? undefined : setDraft(undefined)),
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value)
      take(event.target.value)
    },
  }

  let control
  if (field.kind === 'boolean')
    control = (
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="ca-switch"
        checked={current === true}
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => take(event.target.checked)}
      />
    )
  else if (field.kind === 'enum')
    control = (
      <select
        {...textProps}
        onFocus={undefined}
        onBlur={undefined}
        value={typeof current === 'string' ? current : ''}
      >
        <option value="">{t('none')}</option>
        {(field.options ?? []).map((option) => (
          <option key={option.value} value={option.value}>
            {option.title}
          </option>
        ))}
      </select>
    )
  else if (field.kind === 'longtext') control = <textarea {...textProps} rows={3} />
  else if (field.kind === 'unknown') control = <output id={id}>{JSON.stringify(current ?? null)}</output>
  else
    control = (
      <input
        {...textProps}
        type={field.kind === 'datetime' ? 'datetime-local' : field.kind === 'date' ? 'date' : 'text'}
        inputMode={field.kind === 'number' ? 'decimal' : field.kind === 'integer' ? 'numeric' : undefined}
      />
    )

  const length = typeof current === 'string' ? [...(draft ?? current)].length : 0
  return (
    <div className="ca-field" data-staged={staged ? 'true' : undefined}>
      <label htmlFor={id} className="ca-field__label">
        {field.title}
        {field.required ? <span className="ca-field__required"> ({t('required')})</span> : null}
      </label>
      <div className="ca-field__control">{control}</div>
      <div id={hintId} className="ca-field__hint">
        {field.kind === 'unknown' ? t('readOnly') : null}
        {policyHint !== undefined ? <span className="ca-field__policy">{policyHint} </span> : null}
        {staged ? (
          <>
            <span className="badge">{t('stagedBadge')}</span>{' '}
            {t('serverWas', { value: displayValue(t, field, server) })}{' '}
            <Button variant="ghost" onClick={onUndo} aria-label={t('undo', { field: field.title })}>
              ↶
            </Button>
          </>
        ) : null}
        {field.maxLength !== undefined && (field.kind === 'text' || field.kind === 'longtext') ? (
          <span className="ca-field__count"> {t('characters', { count: length, max: field.maxLength })}</span>
        ) : null}
      </div>
      {problem ? (
        <p id={problemId} role="alert" className="ca-field__problem">
          {problemText(t, problem, field.title)} {t('notStaged')}
        </p>
      ) : null}
    </div>
  )
}
