import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import type { Requester } from '../../../genesys/request.ts'
import { useLanguage, useTranslate } from '../../../ui/i18n.tsx'
import { searchQueries } from '../api/search-queries.ts'
import type { ConversationLabel, NameLookup } from '../model/conversation-label.ts'
import { findMessages, type FindMessageKey } from '../messages.ts'

/** Queue and agent names, fetched once per session and shared by every label. */
export function useNameLookup(request: Requester): NameLookup {
  const queues = useQuery(searchQueries.queues(request))
  const users = useQuery(searchQueries.users(request))
  return useMemo(() => {
    const queueNames = new Map((queues.data ?? []).map((q) => [q.id, q.name]))
    const userNames = new Map((users.data ?? []).map((u) => [u.id, u.name]))
    return { queue: (id) => queueNames.get(id), user: (id) => userNames.get(id) }
  }, [queues.data, users.data])
}

const mediaKeys: Record<string, FindMessageKey> = {
  voice: 'media_voice',
  message: 'media_message',
  chat: 'media_chat',
  email: 'media_email',
  callback: 'media_callback',
  video: 'media_video',
}

/** "Maria Schneider · call · Customer Care · Alex Morgan · 2 Dec, 10:42 · active": never an id. */
export function useLabelText(): (label: ConversationLabel) => string {
  const t = useTranslate(findMessages)
  const language = useLanguage()
  return useCallback(
    (label) => {
      const mediaKey = label.media ? mediaKeys[label.media] : undefined
      const start = label.startTime ? new Date(label.startTime) : undefined
      return [
        label.customer ?? t('unknownCustomer'),
        mediaKey ? t(mediaKey) : label.media,
        label.queue ?? t('noQueue'),
        label.agent ?? t('noAgent'),
        start && !Number.isNaN(start.getTime())
          ? start.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' })
          : undefined,
        label.ended ? t('stateEnded') : t('stateActive'),
      ]
        .filter((part): part is string => Boolean(part))
        .join(' · ')
    },
    [t, language],
  )
}
