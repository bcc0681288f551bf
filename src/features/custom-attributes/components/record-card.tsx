import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { checkFieldValue, type FieldSpec } from '../../../genesys/custom-attribute-fields.ts'
import type { CustomAttributesClient } from '../../../genesys/custom-attributes-client.ts'
import type { CustomAttributesRecord } from '../../../genesys/custom-attributes-schemas.ts'
import { isGenesysApiError } from '../../../genesys/errors.ts'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { commitRecord, type CommitOutcome } from '../api/commit-record.ts'
import { customAttributeQueries } from '../api/custom-attribute-queries.ts'
import { customAttributesMessages } from '../messages.ts'
import { conflictsOf, recordKeyOf, serverValueOf } from '../model/record-edits.ts'
import { useRecordEdits, useRecordEditsStore } from '../store/record-edits-context.tsx'
import { FieldEditor } from './field-editor.tsx'
import { problemText } from './problem-text.ts'
import { RecordConflicts } from './record-conflicts.tsx'
import { RecordReview } from './record-review.tsx'

export interface RecordCardProps {
  client: CustomAttributesClient
  conversationId: string
  record: CustomAttributesRecord
  title: string
  fields: readonly FieldSpec[]
}

/** One custom-attributes record: typed editors, staged edits, diff review, one PATCH, conflicts. */
export function RecordCard({ client, conversationId, record, title, fields }: RecordCardProps) {
  const t = useTranslate(customAttributesMessages)
  const headingId = useId()
  const queryClient = useQueryClient()
  const store = useRecordEditsStore()
  const key = recordKeyOf(conversationId, record.id)
  const recordEdits = useRecordEdits(key)
  const dispatch = store.getState().dispatch
  const [reviewing, setReviewing] = useState(false)
  const server = record.customAttributes
  const edits = recordEdits ? Object.values(recordEdits.edits) : []
  const conflicts = conflictsOf(recordEdits, server)
  const invalid = edits
    .map((edit) => {
      const field = fields.find((f) => f.name === edit.field)
      const problem = field
        ? checkFieldValue(field, edit.value)
        : { field: edit.field, rule: 'unknown-field' as const }
      return problem ? problemText(t, problem, field?.title ?? edit.field) : null
    })
    .filter((text) => text !== null)

  const commit = useMutation({
    mutationFn: () =>
      commitRecord({
        client,
        conversationId,
        recordId: record.id,
        key,
        readEdits: () => {
          const all = store.getState().edits
          return Object.hasOwn(all, key) ? all[key] : undefined
        },
        dispatch,
        onRead: (fresh) => {
          queryClient.setQueryData(customAttributeQueries.records(client, conversationId).queryKey, (old) =>
            old?.map((r) => (r.id === fresh.id ? fresh : r)),
          )
        },
      }),
  })
  const outcome = commit.data
  const busy = commit.isPending
  const blocked = conflicts.length > 0 || invalid.length > 0

  return (
    <section className="ca-record" aria-labelledby={headingId}>
      <h3 id={headingId} className="ca-record__title">
        {title} <span className="ca-record__version">· {t('version', { version: record.version })}</span>
      </h3>
      {conflicts.length > 0 ? (
        <RecordConflicts
          conflicts={conflicts}
          fields={fields}
          version={record.version}
          refused={outcome?.kind === 'conflict' && outcome.refused}
          onKeepMine={(field) => dispatch({ type: 'keep-mine', key, field, server })}
          onTakeTheirs={(field) => dispatch({ type: 'take-theirs', key, field })}
        />
      ) : null}
      <div className="ca-record__fields">
        {fields.map((field) => {
          const edit =
            recordEdits && Object.hasOwn(recordEdits.edits, field.name)
              ? recordEdits.edits[field.name]
              : undefined
          return (
            <FieldEditor
              key={field.name}
              field={field}
              server={serverValueOf(server, field.name)}
              staged={edit ? { value: edit.value } : undefined}
              disabled={busy}
              onStage={(value) =>
                dispatch({
                  type: 'stage',
                  key,
                  field: field.name,
                  value,
                  server,
                  version: record.version,
                  at: Date.now(),
                })
              }
              onUndo={() => dispatch({ type: 'unstage', key, field: field.name })}
            />
          )
        })}
      </div>
      {edits.length > 0 ? (
        <div className="ca-record__toolbar">
          <span className="badge">{t('stagedCount', { count: edits.length })}</span>
          <Button onClick={() => setReviewing(!reviewing)} aria-expanded={reviewing}>
            {reviewing ? t('hideReview') : t('review')}
          </Button>
          <Button variant="ghost" disabled={busy} onClick={() => dispatch({ type: 'discard', key })}>
            {t('discard')}
          </Button>
        </div>
      ) : null}
      {reviewing && edits.length > 0 ? (
        <div className="ca-record__review">
          <RecordReview edits={edits} fields={fields} server={server} />
          {invalid.map((text) => (
            <p key={text} className="ca-field__problem">
              {t('invalidBlocks', { message: text })}
            </p>
          ))}
          {conflicts.length > 0 ? <p className="hint">{t('conflictBlocks')}</p> : null}
          <Button variant="primary" disabled={busy || blocked} onClick={() => commit.mutate()}>
            {busy ? t('committing') : t('commit')}
          </Button>
        </div>
      ) : null}
      <OutcomeLine outcome={busy ? undefined : outcome} />
    </section>
  )
}

function OutcomeLine({ outcome }: { outcome: CommitOutcome | undefined }) {
  const t = useTranslate(customAttributesMessages)
  if (!outcome || outcome.kind === 'conflict') return null
  if (outcome.kind === 'committed')
    return outcome.count > 0 ? <Alert tone="success">{t('committed', { count: outcome.count })}</Alert> : null
  if (outcome.kind === 'rebased')
    return <Alert tone="warning">{t('rebased', { version: outcome.record.version })}</Alert>
  if (outcome.kind === 'uncertain') return <Alert tone="warning">{t('commitUncertain')}</Alert>
  const error = outcome.error
  if (isGenesysApiError(error) && error.kind === 'forbidden')
    return <Alert tone="error">{t('commitForbidden')}</Alert>
  const message = isGenesysApiError(error) ? (error.messageFromServer ?? error.message) : String(error)
  return <Alert tone="error">{t('commitFailed', { message })}</Alert>
}
