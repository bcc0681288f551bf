import { useQuery } from '@tanstack/react-query'
import { useGenesysClient } from '../../../lib/genesys-client-context.tsx'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate } from '../../../ui/i18n.tsx'
import { conversationQueries } from '../api/conversation-queries.ts'
import { conversationMessages } from '../messages.ts'
import { conversationLabel, conversationMedia, isConversationEnded } from '../model/conversation-facts.ts'
import { mediaKey } from './media-key.ts'

/**
 * Where else this tab holds unsaved changes, by the names an agent knows ("Maria Schneider (call)"), each one click
 * away: a call that ended, or one the agent switched away from, never hides staged work.
 */
export function UnsavedElsewhere({
  conversationIds,
  onOpen,
}: {
  conversationIds: readonly string[]
  onOpen: (conversationId: string) => void
}) {
  const t = useTranslate(conversationMessages)
  if (conversationIds.length === 0) return null
  return (
    <Alert tone="warning" className="unsaved-elsewhere">
      <p>{t('unsavedOn')}</p>
      <ul>
        {conversationIds.map((id) => (
          <UnsavedConversation key={id} conversationId={id} onOpen={onOpen} />
        ))}
      </ul>
    </Alert>
  )
}

function UnsavedConversation({
  conversationId,
  onOpen,
}: {
  conversationId: string
  onOpen: (conversationId: string) => void
}) {
  const t = useTranslate(conversationMessages)
  const client = useGenesysClient()
  const { data: conversation } = useQuery({
    ...conversationQueries.detail(client, conversationId, { pollMs: false }),
    staleTime: 60_000,
  })
  const media = conversation ? conversationMedia(conversation) : undefined
  const label = conversation
    ? `${conversationLabel(conversation)}${media ? ` (${t(mediaKey(media))})` : ''}${
        isConversationEnded(conversation) ? ` · ${t('ended')}` : ''
      }`
    : t('unsavedLoading')
  return (
    <li>
      <bdi>{label}</bdi>{' '}
      <Button aria-label={t('unsavedOpenLabel', { label })} onClick={() => onOpen(conversationId)}>
        {t('unsavedOpen')}
      </Button>
    </li>
  )
}
