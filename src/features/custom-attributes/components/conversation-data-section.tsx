import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { fieldsOfSchema } from '../../../genesys/custom-attribute-fields.ts'
import type { CustomAttributesClient } from '../../../genesys/custom-attributes-client.ts'
import type {
  ConversationDataSchema,
  CustomAttributesRecord,
} from '../../../genesys/custom-attributes-schemas.ts'
import { isGenesysApiError } from '../../../genesys/errors.ts'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { customAttributeQueries, recordPollMs } from '../api/custom-attribute-queries.ts'
import { customAttributesMessages } from '../messages.ts'
import type { FieldAccessOf } from '../model/field-access.ts'
import type { RecordCommitted } from '../model/record-audit.ts'
import { RecordCard } from './record-card.tsx'
import '../custom-attributes.css'

/**
 * "Conversation data": the conversation's custom-attribute records beside the participant data. Without the view
 * permission, or in an org without schemas, one line says so and nothing else on the page changes.
 */
export function ConversationDataSection({
  client,
  conversationId,
  accessOf,
  exportMasked,
  onRecordCommitted,
  userLabel,
}: {
  client: CustomAttributesClient
  conversationId: string
  /** The attribute policy for the signed-in user's role; absent: every field editable. */
  accessOf?: FieldAccessOf | undefined
  exportMasked?: boolean | undefined
  onRecordCommitted?: ((committed: RecordCommitted) => void) | undefined
  userLabel?: string | undefined
}) {
  const t = useTranslate(customAttributesMessages)
  const headingId = useId()
  const schemas = useQuery(customAttributeQueries.schemas(client))
  const hasSchemas = (schemas.data?.length ?? 0) > 0
  const records = useQuery({ ...customAttributeQueries.records(client, conversationId), enabled: hasSchemas })
  const failure = schemas.error ?? records.error
  const forbidden = isGenesysApiError(failure) && failure.kind === 'forbidden'

  let body
  if (forbidden) body = <p className="ca-line">{t('forbidden')}</p>
  else if (schemas.isSuccess && !hasSchemas) body = <p className="ca-line">{t('noSchemas')}</p>
  else if (failure && !records.data)
    body = (
      <Alert tone="error">
        <p>{t('loadFailed', { message: failure.message })}</p>
        <Button onClick={() => void (schemas.isError ? schemas.refetch() : records.refetch())}>
          {t('retry')}
        </Button>
      </Alert>
    )
  else if (!records.data)
    body = (
      <p role="status" className="hint">
        {t('loading')}
      </p>
    )
  else if (records.data.length === 0) body = <p className="ca-line">{t('noRecords')}</p>
  else
    body = (
      <>
        {records.data.map((record) => (
          <RecordWithSchema
            key={record.id}
            client={client}
            conversationId={conversationId}
            record={record}
            schemas={schemas.data ?? []}
            accessOf={accessOf}
            exportMasked={exportMasked}
            onRecordCommitted={onRecordCommitted}
            userLabel={userLabel}
          />
        ))}
        <p className="hint">{t('pollNote', { seconds: recordPollMs / 1000 })}</p>
      </>
    )

  return (
    <section className="ca-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="ca-section__title">
        {t('heading')}
      </h2>
      {body}
    </section>
  )
}

/** A record is typed by the schema version it was written under; an older version is fetched once and cached. */
function RecordWithSchema({
  client,
  conversationId,
  record,
  schemas,
  accessOf,
  exportMasked,
  onRecordCommitted,
  userLabel,
}: {
  client: CustomAttributesClient
  conversationId: string
  record: CustomAttributesRecord
  schemas: readonly ConversationDataSchema[]
  accessOf: FieldAccessOf | undefined
  exportMasked: boolean | undefined
  onRecordCommitted: ((committed: RecordCommitted) => void) | undefined
  userLabel: string | undefined
}) {
  const schemaId = record.schema?.id ?? ''
  const version = record.schema?.version
  const current = schemas.find((s) => s.id === schemaId)
  const needsOther = current !== undefined && version !== undefined && current.version !== version
  const other = useQuery({
    queryKey: [...customAttributeQueries.all(), 'schema', schemaId, version],
    queryFn: () => client.getSchemaVersion(schemaId, version ?? 0),
    enabled: needsOther,
    staleTime: Infinity,
  })
  const schema = needsOther ? (other.data ?? current) : current
  const fields = fieldsOfSchema(schema?.jsonSchema)
  return (
    <RecordCard
      client={client}
      conversationId={conversationId}
      record={record}
      title={schema?.jsonSchema?.title ?? record.name ?? record.id}
      fields={fields}
      accessOf={accessOf}
      exportMasked={exportMasked}
      onRecordCommitted={onRecordCommitted}
      userLabel={userLabel}
    />
  )
}
