import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { isGenesysApiError } from '../../../genesys/errors.ts'
import type { Requester } from '../../../genesys/request.ts'
import type { Conversation, Participant } from '../../../genesys/schemas.ts'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { readKeptAttributes } from '../api/analytics-record.ts'
import { compareRecord } from '../model/compare-record.ts'
import { platformRecordMessages } from '../messages.ts'

export interface PlatformRecordProps {
  request: Requester
  conversation: Conversation
  participant: Participant
  participantLabel: string
  ended: boolean
}

const analyticsPermission = 'analytics:conversationDetail:view'

/** The participant's live values beside what analytics keeps, asked on demand (an analytics job per ask). */
export function PlatformRecord({
  request,
  conversation,
  participant,
  participantLabel,
  ended,
}: PlatformRecordProps) {
  const t = useTranslate(platformRecordMessages)
  const [asked, setAsked] = useState(false)
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one requester per session
  const kept = useQuery({
    queryKey: ['platform-record', conversation.id, conversation.startTime],
    queryFn: () => readKeptAttributes(request, conversation.id, conversation.startTime),
    enabled: asked,
    staleTime: 60_000,
  })
  const keptHere = kept.data?.byParticipant.get(participant.id)
  const rows = kept.data ? compareRecord(participant.attributes, keptHere ?? {}) : []
  const forbidden =
    kept.isError && isGenesysApiError(kept.error) && kept.error.kind === 'forbidden'
      ? (/permission\(s\):\s*\[([^\]]+)\]/i.exec(kept.error.messageFromServer ?? '')?.[1] ??
        analyticsPermission)
      : undefined
  return (
    <section className="platform-record" aria-label={t('heading')}>
      <h3>{t('heading')}</h3>
      <p className="hint">{ended ? t('intro') : t('introActive')}</p>
      {!asked ? <Button onClick={() => setAsked(true)}>{t('compare')}</Button> : null}
      {kept.isFetching ? (
        <p role="status" className="hint">
          {t('loading')}
        </p>
      ) : null}
      {forbidden ? <Alert tone="error">{t('forbidden', { permission: forbidden })}</Alert> : null}
      {kept.isError && !forbidden ? (
        <Alert tone="error">{t('failed', { message: kept.error.message })}</Alert>
      ) : null}
      {kept.isSuccess && !keptHere ? <p>{t('nothing')}</p> : null}
      {kept.isSuccess && rows.length > 0 ? (
        <table className="bulk-table" aria-label={t('tableLabel', { participant: participantLabel })}>
          <thead>
            <tr>
              <th scope="col">{t('colName')}</th>
              <th scope="col">{t('colLive')}</th>
              <th scope="col">{t('colKept')}</th>
              <th scope="col">{t('colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name} data-status={row.status}>
                <th scope="row">{row.name}</th>
                <td>{row.live ?? t('absent')}</td>
                <td>{row.kept ?? t('absent')}</td>
                <td>{t(`status_${row.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
