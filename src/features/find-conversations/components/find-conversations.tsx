import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState, type FormEvent } from 'react'
import { isGenesysApiError } from '../../../genesys/errors.ts'
import type { Requester } from '../../../genesys/request.ts'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { collectAllConversations } from '../api/search-requests.ts'
import { searchQueries } from '../api/search-queries.ts'
import { labelConversation, type ConversationLabel } from '../model/conversation-label.ts'
import { analyticsLabelSource, restLabelSource } from '../model/label-sources.ts'
import { missingPermission } from '../model/missing-permission.ts'
import { emptyFilters, hasAttributeFilter, searchMedia, type SearchFilters } from '../model/search-filters.ts'
import { findMessages } from '../messages.ts'
import { useLabelText, useNameLookup } from './use-label-text.ts'

export interface FoundConversation {
  readonly conversationId: string
  readonly label: ConversationLabel
}

export interface FindConversationsProps {
  request: Requester
  onOpen: (found: FoundConversation) => void
  /** "Apply these values to every conversation in this result": hands every hit (all pages) to bulk fix. */
  onCorrectAll?: ((found: ReadonlyArray<{ conversationId: string; label: string }>) => void) | undefined
}

interface Submitted {
  filters: SearchFilters
  at: number
}

function toIso(local: string): string {
  return local ? new Date(local).toISOString() : ''
}

/** The supervisor's search: a form of filters, then labelled results that open in the widget. */
export function FindConversations({ request, onOpen, onCorrectAll }: FindConversationsProps) {
  const t = useTranslate(findMessages)
  const id = useId()
  const [draft, setDraft] = useState<SearchFilters>(emptyFilters)
  const [submitted, setSubmitted] = useState<Submitted | undefined>()
  const [collecting, setCollecting] = useState(false)
  const [collectError, setCollectError] = useState<unknown>()
  const names = useNameLookup(request)
  const labelText = useLabelText()
  const queues = useQuery(searchQueries.queues(request))
  const users = useQuery(searchQueries.users(request))
  const [showMine, setShowMine] = useState(false)
  const mine = useQuery({ ...searchQueries.mine(request), enabled: showMine })
  const search = useInfiniteQuery({
    ...searchQueries.search(request, submitted ?? { filters: emptyFilters, at: 0 }),
    enabled: submitted !== undefined,
  })

  const found = useMemo<FoundConversation[]>(
    () =>
      (search.data?.pages ?? []).flatMap((page) =>
        page.conversations.map((c) => ({
          conversationId: c.conversationId,
          label: labelConversation(analyticsLabelSource(c), names),
        })),
      ),
    [search.data, names],
  )
  const total = search.data?.pages[0]?.total

  const set = (key: keyof SearchFilters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted({ filters: { ...draft, from: toIso(draft.from), to: toIso(draft.to) }, at: Date.now() })
  }
  const correctAll = async () => {
    if (!submitted || !onCorrectAll) return
    setCollecting(true)
    setCollectError(undefined)
    try {
      const all = await collectAllConversations(request, submitted.filters, submitted.at)
      onCorrectAll(
        all.map((c) => ({
          conversationId: c.conversationId,
          label: labelText(labelConversation(analyticsLabelSource(c), names)),
        })),
      )
    } catch (error) {
      setCollectError(error)
    } finally {
      setCollecting(false)
    }
  }

  return (
    <section className="find-conversations" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('findHeading')}</h3>
      <form onSubmit={submit} className="find-form">
        <Field
          id={`${id}-customer`}
          label={t('customerLabel')}
          value={draft.customer}
          onChange={set('customer')}
        />
        <label htmlFor={`${id}-queue`}>{t('queueLabel')}</label>
        <select id={`${id}-queue`} value={draft.queueId} onChange={(e) => set('queueId')(e.target.value)}>
          <option value="">{t('anyOption')}</option>
          {(queues.data ?? []).map((q) => (
            <option key={q.id} value={q.id}>
              {q.name ?? q.id}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-agent`}>{t('agentLabel')}</label>
        <select id={`${id}-agent`} value={draft.userId} onChange={(e) => set('userId')(e.target.value)}>
          <option value="">{t('anyOption')}</option>
          {(users.data ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name ?? u.id}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-media`}>{t('mediaLabel')}</label>
        <select id={`${id}-media`} value={draft.media} onChange={(e) => set('media')(e.target.value)}>
          <option value="">{t('anyOption')}</option>
          {searchMedia.map((m) => (
            <option key={m} value={m}>
              {t(`media_${m}`)}
            </option>
          ))}
        </select>
        <Field
          id={`${id}-from`}
          type="datetime-local"
          label={t('fromLabel')}
          value={draft.from}
          onChange={set('from')}
        />
        <Field
          id={`${id}-to`}
          type="datetime-local"
          label={t('toLabel')}
          value={draft.to}
          onChange={set('to')}
        />
        <Field
          id={`${id}-attr`}
          label={t('attributeNameLabel')}
          value={draft.attributeName}
          onChange={set('attributeName')}
          hint={t('attributeHint')}
        />
        <Field
          id={`${id}-value`}
          label={t('attributeValueLabel')}
          value={draft.attributeValue}
          onChange={set('attributeValue')}
        />
        <Button type="submit" variant="primary">
          {t('searchButton')}
        </Button>
      </form>
      <Button onClick={() => (showMine ? void mine.refetch() : setShowMine(true))}>{t('mineButton')}</Button>
      {mine.isError ? <SearchError error={mine.error} filters={undefined} /> : null}
      {mine.isSuccess ? (
        mine.data.length === 0 ? (
          <p role="status">{t('noResults')}</p>
        ) : (
          <ul aria-label={t('mineButton')}>
            {mine.data.map((c) => {
              const label = labelConversation(restLabelSource(c), names)
              return (
                <li key={c.id}>
                  <Button
                    variant="ghost"
                    aria-label={t('openResult', { label: labelText(label) })}
                    onClick={() => onOpen({ conversationId: c.id, label })}
                  >
                    {labelText(label)}
                  </Button>
                </li>
              )
            })}
          </ul>
        )
      ) : null}
      {search.isFetching ? (
        <p role="status" className="hint">
          {t('searching')}
        </p>
      ) : null}
      {search.isError ? <SearchError error={search.error} filters={submitted?.filters} /> : null}
      {search.isSuccess ? (
        <div className="find-results">
          <p role="status">
            {found.length === 0
              ? t('noResults')
              : total !== undefined
                ? t('resultsCount', { count: total })
                : t('resultsCountSome', { count: found.length })}
          </p>
          {found.length > 0 ? (
            <ul aria-label={t('resultsHeading')}>
              {found.map((f) => (
                <li key={f.conversationId}>
                  <Button
                    variant="ghost"
                    aria-label={t('openResult', { label: labelText(f.label) })}
                    onClick={() => onOpen(f)}
                  >
                    {labelText(f.label)}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
          {search.hasNextPage ? (
            <Button onClick={() => void search.fetchNextPage()} disabled={search.isFetchingNextPage}>
              {t('showMore')}
            </Button>
          ) : null}
          {onCorrectAll && found.length > 0 ? (
            <Button onClick={() => void correctAll()} disabled={collecting}>
              {total === undefined && search.hasNextPage
                ? t('fixAllPaged')
                : t('fixAll', { count: total ?? found.length })}
            </Button>
          ) : null}
          {collecting ? (
            <p role="status" className="hint">
              {t('collecting')}
            </p>
          ) : null}
          {collectError ? <SearchError error={collectError} filters={submitted?.filters} /> : null}
        </div>
      ) : null}
    </section>
  )
}

function Field(props: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  type?: string
  hint?: string
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        {...(props.hint ? { 'aria-describedby': `${props.id}-hint` } : {})}
      />
      {props.hint ? (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      ) : null}
    </>
  )
}

function SearchError({ error, filters }: { error: unknown; filters: SearchFilters | undefined }) {
  const t = useTranslate(findMessages)
  const byAttribute = filters !== undefined && hasAttributeFilter(filters)
  const permission = missingPermission(
    error,
    byAttribute ? 'conversation:participant:attributesview' : 'analytics:conversationDetail:view',
  )
  if (permission) return <Alert tone="error">{t('forbidden', { permission })}</Alert>
  if (byAttribute && isGenesysApiError(error) && error.kind === 'bad-request')
    return <Alert tone="error">{t('notSearchable', { name: filters.attributeName })}</Alert>
  const message = error instanceof Error ? error.message : String(error)
  return <Alert tone="error">{t('searchFailed', { message })}</Alert>
}
