import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useLayoutEffect, useState } from 'react'
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
import {
  editsNotWritable,
  everyFieldEditable,
  governFields,
  mayWriteField,
  type FieldAccessOf,
} from '../model/field-access.ts'
import { recordCommitted, type RecordCommitted } from '../model/record-audit.ts'
import { conflictsOf, landedSending, recordKeyOf, serverValueOf } from '../model/record-edits.ts'
import { useRecordEdits, useRecordEditsStore } from '../store/record-edits-context.tsx'
import { FieldEditor } from './field-editor.tsx'
import { MaskedField } from './masked-field.tsx'
import { PolicyBlockedEdits } from './policy-blocked-edits.tsx'
import { problemText } from './problem-text.ts'
import { RecordMore } from './record-more.tsx'
import { RecordConflicts } from './record-conflicts.tsx'
import { RecordReview } from './record-review.tsx'

export interface RecordCardProps {
  client: CustomAttributesClient
  conversationId: string
  record: CustomAttributesRecord
  title: string
  fields: readonly FieldSpec[]
  /** The attribute policy for the signed-in user's role, by field name; absent: every field editable. */
  accessOf?: FieldAccessOf | undefined
  /** The policy's `exportMasked`: masked fields exported in clear. */
  exportMasked?: boolean | undefined
  /** Every commit that landed, values already masked where the policy masks them (src/app audits it). */
  onRecordCommitted?: ((committed: RecordCommitted) => void) | undefined
  /** Who the audit entry names: the signed-in user's name. */
  userLabel?: string | undefined
}

/**
 * One custom-attributes record: typed editors, staged edits, diff review, one PATCH, conflicts. The attribute
 * policy decides per field: hidden fields are not rendered, masked ones show dots, read-only ones are disabled.
 */
export function RecordCard({
  client,
  conversationId,
  record,
  title,
  fields,
  accessOf = everyFieldEditable,
  exportMasked = false,
  onRecordCommitted,
  userLabel = '',
}: RecordCardProps) {
  const t = useTranslate(customAttributesMessages)
  const headingId = useId()
  const queryClient = useQueryClient()
  const store = useRecordEditsStore()
  const key = recordKeyOf(conversationId, record.id)
  const recordEdits = useRecordEdits(key)
  const dispatch = store.getState().dispatch
  const [reviewing, setReviewing] = useState(false)
  /** Fields of a PATCH whose answer was lost (a reload under it) that a later read showed landed. */
  const [savedUnanswered, setSavedUnanswered] = useState<string[]>([])
  const server = record.customAttributes
  const edits = recordEdits ? Object.values(recordEdits.edits) : []
  const { shown, hiddenCount } = governFields(fields, accessOf)
  const notWritable = editsNotWritable(edits, accessOf)
  // A hidden field's conflict is not shown (its name alone would be the only thing to show); its edit is blocked
  // by the policy anyway, and dropping it there ends the conflict too.
  const conflicts = conflictsOf(recordEdits, server).filter((c) => accessOf(c.field) !== 'hidden')
  const titleOf = (name: string) => fields.find((f) => f.name === name)?.title ?? name
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
    // Never held back for the network: a commit react-query paused offline would run when the browser is back,
    // reading the edits then, and send fields staged or changed after the user pressed Commit. Offline, the read
    // before the PATCH fails at once and the card says so; the edits stay staged for the user's next Commit.
    networkMode: 'always',
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
        mayWrite: (field) => mayWriteField(accessOf(field)),
        onRead: (fresh) => {
          queryClient.setQueryData(customAttributeQueries.records(client, conversationId).queryKey, (old) =>
            old?.map((r) => (r.id === fresh.id ? fresh : r)),
          )
        },
      }),
    // Read when the commit settles, so the policy in force then decides what is masked in the history.
    onSuccess: (done) => {
      if (done.kind !== 'committed' || !done.sent || !done.before || done.count === 0) return
      onRecordCommitted?.(
        recordCommitted({
          at: Date.now(),
          by: userLabel,
          recordId: record.id,
          recordTitle: title,
          sent: done.sent,
          before: done.before,
          accessOf,
        }),
      )
    },
  })
  const busy = commit.isPending
  // A PATCH still marked as on its way (its answer lost under a reload) that this read shows landed: said as saved.
  // Kept in state because the settle below clears the mark; a commit running here says itself how its PATCH went.
  const landedNow = busy ? [] : landedSending(recordEdits, server)
  if (landedNow.length > 0 && landedNow.join('\n') !== savedUnanswered.join('\n'))
    setSavedUnanswered(landedNow)
  // Every read that reaches the card settles what the server already holds, before the staged count is painted:
  // a PATCH that landed under a reload is not offered again, and never sent a second time.
  useLayoutEffect(() => store.getState().dispatch({ type: 'settle', key, server }), [store, key, server])
  const outcome = commit.data
  const blocked = conflicts.length > 0 || invalid.length > 0 || notWritable.length > 0

  return (
    <section className="ca-record" aria-labelledby={headingId}>
      <h3 id={headingId} className="ca-record__title">
        {title} <span className="ca-record__version">· {t('version', { version: record.version })}</span>
      </h3>
      {conflicts.length > 0 ? (
        <RecordConflicts
          conflicts={conflicts}
          fields={fields}
          accessOf={accessOf}
          version={record.version}
          refused={outcome?.kind === 'conflict' && outcome.refused}
          onKeepMine={(field) => dispatch({ type: 'keep-mine', key, field, server })}
          onTakeTheirs={(field) => dispatch({ type: 'take-theirs', key, field })}
        />
      ) : null}
      <div className="ca-record__fields">
        {shown.map(({ field, access }) => {
          const edit =
            recordEdits && Object.hasOwn(recordEdits.edits, field.name)
              ? recordEdits.edits[field.name]
              : undefined
          if (access === 'masked') return <MaskedField key={field.name} field={field} staged={!!edit} />
          const readOnly = access === 'read-only'
          return (
            <FieldEditor
              key={field.name}
              field={field}
              server={serverValueOf(server, field.name)}
              staged={edit ? { value: edit.value } : undefined}
              disabled={busy || readOnly}
              policyHint={readOnly ? t('policyReadOnly', { field: field.title }) : undefined}
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
      {hiddenCount > 0 ? <p className="hint">{t('policyHidden', { count: hiddenCount })}</p> : null}
      {notWritable.length > 0 ? (
        <PolicyBlockedEdits
          titles={notWritable.map((edit) => ({ field: edit.field, title: titleOf(edit.field) }))}
          disabled={busy}
          onDrop={(field) => dispatch({ type: 'unstage', key, field })}
        />
      ) : null}
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
          <RecordReview edits={edits} fields={fields} server={server} accessOf={accessOf} />
          {invalid.map((text) => (
            <p key={text} className="ca-field__problem">
              {t('invalidBlocks', { message: text })}
            </p>
          ))}
          {conflicts.length > 0 ? <p className="hint">{t('conflictBlocks')}</p> : null}
          <Button
            variant="primary"
            disabled={busy || blocked}
            onClick={() => {
              setSavedUnanswered([])
              commit.mutate()
            }}
          >
            {busy ? t('committing') : t('commit')}
          </Button>
        </div>
      ) : null}
      <RecordMore
        recordId={record.id}
        title={title}
        fields={fields}
        server={server}
        accessOf={accessOf}
        exportMasked={exportMasked}
        disabled={busy}
        onStage={(values) =>
          dispatch({ type: 'stage-many', key, values, server, version: record.version, at: Date.now() })
        }
      />
      {savedUnanswered.length > 0 && !busy ? (
        <Alert tone="success">
          {t('savedAnswerLost', { fields: savedUnanswered.map(titleOf).join(', ') })}
        </Alert>
      ) : null}
      <OutcomeLine outcome={busy ? undefined : outcome} titleOf={titleOf} />
    </section>
  )
}

function OutcomeLine({
  outcome,
  titleOf,
}: {
  outcome: CommitOutcome | undefined
  titleOf: (name: string) => string
}) {
  const t = useTranslate(customAttributesMessages)
  if (!outcome || outcome.kind === 'conflict') return null
  if (outcome.kind === 'not-writable')
    return (
      <Alert tone="error">
        {t('policyRefusedCommit', { fields: outcome.fields.map(titleOf).join(', ') })}
      </Alert>
    )
  if (outcome.kind === 'committed' && outcome.answerLost && outcome.sent)
    return (
      <Alert tone="success">
        {t('savedAnswerLost', { fields: Object.keys(outcome.sent).map(titleOf).join(', ') })}
      </Alert>
    )
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
