import { useId, useState } from 'react'
import type { FieldSpec, FieldValue } from '../../../genesys/custom-attribute-fields.ts'
import type { CustomValueMap } from '../../../genesys/custom-attributes-schemas.ts'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate, type Translate } from '../../../ui/i18n.tsx'
import { ListInput } from '../../../ui/list-input.tsx'
import { customAttributesMessages, type CustomAttributesMessageKey } from '../messages.ts'
import type { FieldAccessOf } from '../model/field-access.ts'
import { parseRecordBulk, type RecordBulkSyntaxError } from '../model/parse-record-bulk.ts'
import { planRecordBulk, type RecordBulkPlan } from '../model/plan-record-bulk.ts'
import { problemText } from './problem-text.ts'

type T = Translate<CustomAttributesMessageKey>

type Result =
  | { kind: 'syntax'; errors: readonly RecordBulkSyntaxError[] }
  | { kind: 'planned'; plan: RecordBulkPlan }
  | { kind: 'unreadable' }

/**
 * Many typed values for one record at once, from a paste or a dropped file. They go into the same staged edits as
 * typing (review, conflicts and the one-PATCH commit are unchanged); nothing is sent from here.
 */
export function RecordBulk(props: {
  title: string
  fields: readonly FieldSpec[]
  server: CustomValueMap
  accessOf: FieldAccessOf
  disabled: boolean
  onStage: (values: readonly (readonly [string, FieldValue])[]) => void
}) {
  const t = useTranslate(customAttributesMessages)
  const id = useId()
  const [text, setText] = useState('')
  const [result, setResult] = useState<Result | undefined>(undefined)

  const stage = () => {
    const parsed = parseRecordBulk(text)
    if (parsed.errors.length > 0) {
      setResult({ kind: 'syntax', errors: parsed.errors })
      return
    }
    const plan = planRecordBulk(parsed.pairs, props.fields, props.server, props.accessOf)
    if (plan.stage.length > 0) props.onStage(plan.stage)
    setResult({ kind: 'planned', plan })
  }
  return (
    <div className="ca-bulk">
      <ListInput
        id={id}
        label={t('bulkLabel', { record: props.title })}
        hint={t('bulkHint')}
        fileLabel={t('bulkFile')}
        value={text}
        rows={4}
        onChange={setText}
        onFileText={(content) => {
          setText(content)
          setResult(undefined)
        }}
        onUnreadable={() => setResult({ kind: 'unreadable' })}
      >
        <Button variant="primary" disabled={props.disabled} onClick={stage}>
          {t('bulkStage')}
        </Button>
      </ListInput>
      {result ? <BulkResult result={result} t={t} /> : null}
    </div>
  )
}

function BulkResult({ result, t }: { result: Result; t: T }) {
  if (result.kind === 'unreadable') return <Alert tone="error">{t('bulkReadFailed')}</Alert>
  if (result.kind === 'syntax')
    return (
      <Alert tone="error">
        <p>{t('bulkBlocked')}</p>
        <ul>
          {result.errors.map((error) => (
            <li key={`${error.line}-${error.code}`}>
              {t('bulkLine', {
                line: error.line,
                message: t(`syntax_${error.code}`, { name: error.name ?? '' }),
              })}
            </li>
          ))}
        </ul>
      </Alert>
    )
  const { plan } = result
  const blocking = [
    ...plan.invalid.map((i) => ({ line: i.line, message: problemText(t, i.problem, i.title) })),
    ...plan.duplicates.map((d) => ({
      line: d.line,
      message: t('bulkDuplicate', { field: d.title, earlier: d.earlier }),
    })),
  ].sort((a, b) => a.line - b.line)
  const skips = [
    ...plan.unknown.map((u) => ({ line: u.line, text: t('bulkUnknown', { line: u.line, name: u.name }) })),
    ...plan.notWritable.map((n) => ({
      line: n.line,
      text: t('bulkNotWritable', { line: n.line, field: n.title }),
    })),
  ].sort((a, b) => a.line - b.line)
  const notes = (
    <>
      {skips.length > 0 ? (
        <ul>
          {skips.map((skip) => (
            <li key={skip.line}>{skip.text}</li>
          ))}
        </ul>
      ) : null}
      {plan.maskedSkipped > 0 ? <p>{t('bulkMaskedSkipped', { count: plan.maskedSkipped })}</p> : null}
      {plan.unchanged > 0 ? <p>{t('bulkUnchanged', { count: plan.unchanged })}</p> : null}
    </>
  )
  if (blocking.length > 0)
    return (
      <Alert tone="error">
        <p>{t('bulkBlocked')}</p>
        <ul>
          {blocking.map((b) => (
            <li key={`${b.line}-${b.message}`}>{t('bulkLine', { line: b.line, message: b.message })}</li>
          ))}
        </ul>
        {notes}
      </Alert>
    )
  const staged = plan.stage.length
  return (
    <Alert tone={skips.length > 0 ? 'warning' : staged > 0 ? 'success' : 'info'}>
      <p>{staged > 0 ? t('bulkStaged', { count: staged }) : t('bulkNothing')}</p>
      {notes}
    </Alert>
  )
}
