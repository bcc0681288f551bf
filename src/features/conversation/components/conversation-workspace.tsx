import { useQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { GenesysApiError } from '../../../genesys/errors.ts'
import type { Conversation, Participant } from '../../../genesys/schemas.ts'
import type { ReadProblem } from '../../../genesys/tolerant-read.ts'
import { useGenesysClient } from '../../../lib/genesys-client-context.tsx'
import { Alert } from '../../../ui/alert.tsx'
import { Button } from '../../../ui/button.tsx'
import { useTranslate, type Translate } from '../../../ui/i18n.tsx'
import { conversationQueries } from '../api/conversation-queries.ts'
import { fallbackPollMs, type Liveness } from '../live/live-status.ts'
import { conversationMessages, type ConversationMessageKey } from '../messages.ts'
import {
  conversationLabel,
  conversationMedia,
  isConversationEnded,
  orderParticipants,
  pickDefaultConversation,
} from '../model/conversation-facts.ts'
import { useSelection } from '../store/selection-provider.tsx'
import { ConversationPicker } from './conversation-picker.tsx'
import { LiveStatusBadge } from './live-status-badge.tsx'
import { mediaKey } from './media-key.ts'
import { OpenConversationForm } from './open-conversation-form.tsx'
import { UnsavedElsewhere } from './unsaved-elsewhere.tsx'
import {
  ParticipantTabs,
  participantPanelId,
  participantTabId,
  type ParticipantEditCounts,
} from './participant-tabs.tsx'

export interface ParticipantView {
  conversation: Conversation
  participant: Participant
  conversationEnded: boolean
  /** Live updates as the user sees them; the user topic only carries conversations the user takes part in. */
  liveness: Liveness
  /** False for anyone else's conversation (a supervisor's view): it is polled, and the panel says so. */
  coveredByLiveUpdates: boolean
}

/**
 * Which conversation and which participant: from the Genesys launch parameter when embedded, else the agent's
 * active conversations (with a picker when there are several), or any conversation opened by ID.
 * What to show for the chosen participant is the app's business (`renderParticipant`).
 */
export interface ConversationWorkspaceProps {
  launchConversationId: string | undefined
  liveness: Liveness
  userId: string | undefined
  renderParticipant: (view: ParticipantView) => ReactNode
  editCountsFor?: (conversationId: string, participantId: string) => ParticipantEditCounts
  /** Conversations with staged or unconfirmed edits in this tab. */
  unsavedConversationIds?: readonly string[]
}

export function ConversationWorkspace({
  launchConversationId,
  liveness,
  userId,
  renderParticipant,
  editCountsFor,
  unsavedConversationIds = [],
}: ConversationWorkspaceProps) {
  const client = useGenesysClient()
  const t = useTranslate(conversationMessages)
  const chosenId = useSelection((state) => state.conversationId)
  const chooseConversation = useSelection((state) => state.chooseConversation)
  const participantByConversation = useSelection((state) => state.participantByConversation)
  const chooseParticipant = useSelection((state) => state.chooseParticipant)

  const liveStatus = liveness.status
  const pollWhileDown = liveStatus === 'live' ? false : fallbackPollMs
  const active = useQuery({
    ...conversationQueries.active(client, { pollMs: pollWhileDown }),
    enabled: !launchConversationId,
  })

  // The conversation on screen stays there while it has unsaved edits, even when it ends and leaves the active
  // list (or another call becomes the default): it goes only when they are committed or discarded.
  const [kept, setKept] = useState<string | undefined>(undefined)
  // Also while the agent is working in it (focus inside: a value being typed is not staged yet, so it is not among
  // the unsaved edits): a call that ends mid-word must not take the half-typed value away with it.
  const [workingIn, setWorkingIn] = useState<string | undefined>(undefined)
  const automatic = pickDefaultConversation(active.data ?? [], userId)?.id
  const keepOnScreen = kept !== undefined && (unsavedConversationIds.includes(kept) || workingIn === kept)
  const conversationId =
    launchConversationId ?? chosenId ?? (keepOnScreen ? kept : (automatic ?? unsavedConversationIds[0]))
  if (!launchConversationId && !chosenId && conversationId !== kept) setKept(conversationId)
  const detail = useQuery({
    ...conversationQueries.detail(client, conversationId ?? '', { pollMs: false }),
    enabled: Boolean(conversationId),
    // The active-conversations listing already carries each conversation with its participants and attributes:
    // use it, so a discovered conversation shows after one round trip instead of two.
    initialData: () => active.data?.find((listed) => listed.id === conversationId),
    initialDataUpdatedAt: () => active.dataUpdatedAt,
    // The user topic only covers conversations the user is part of; a supervisor looking at someone else's
    // conversation gets no events for it, so that view refreshes on a timer.
    refetchInterval: (query) => {
      const covered =
        query.state.data?.participants.some((participant) => participant.userId === userId) ?? false
      return covered && liveStatus === 'live' ? false : fallbackPollMs
    },
  })

  const openForm = <OpenConversationForm onOpen={(id) => chooseConversation(id)} />

  if (!launchConversationId && active.isPending && !chosenId) {
    return <p role="status">{t('loadingConversations')}</p>
  }

  const unsavedElsewhere = (
    <UnsavedElsewhere
      conversationIds={unsavedConversationIds.filter((id) => id !== conversationId)}
      onOpen={chooseConversation}
    />
  )

  if (!conversationId) {
    return (
      <section className="empty-state" aria-labelledby="empty-state-title">
        {unsavedElsewhere}
        <h2 id="empty-state-title">{t('noActiveTitle')}</h2>
        <p>{t('noActiveBody')}</p>
        {active.isError ? (
          <LoadError error={active.error} conversationId="" onRetry={() => void active.refetch()} />
        ) : null}
        {openForm}
      </section>
    )
  }

  const activeList = active.data ?? []
  // Also when the conversation on screen is not in the list (kept for its unsaved edits after it ended): the
  // agent can still switch to a live one, and the kept one is then listed under "Unsaved changes on".
  const showPicker =
    !launchConversationId &&
    (activeList.length > 1 || (activeList.length > 0 && !activeList.some((c) => c.id === conversationId)))
  const conversation = detail.data
  const ended = conversation ? isConversationEnded(conversation) : false
  const participants = conversation ? orderParticipants(conversation.participants) : []
  const covered = conversation?.participants.some((p) => userId !== undefined && p.userId === userId) ?? false
  const rememberedParticipant = participantByConversation[conversationId]
  const participant = participants.find((p) => p.id === rememberedParticipant) ?? participants[0]

  return (
    <div
      className="workspace"
      onFocus={() => setWorkingIn(conversationId)}
      onBlur={(event) => {
        // Read after the move: when the whole window loses focus (the agent is in another app) the field keeps
        // it, as document.activeElement, and the draft must stay.
        const container = event.currentTarget
        setTimeout(() => {
          if (!container.contains(document.activeElement)) setWorkingIn(undefined)
        }, 0)
      }}
    >
      {/* One line: the conversation, its participants (a strip that scrolls sideways), live status. */}
      <div className="workspace__head">
        {showPicker && conversation ? (
          // The picker shows which conversation this is; the heading stays for the page's outline.
          <h2 className="visually-hidden">{conversationLabel(conversation)}</h2>
        ) : null}
        {showPicker ? (
          <ConversationPicker
            conversations={activeList}
            selectedId={conversationId}
            current={detail.data}
            onSelect={chooseConversation}
            {...(editCountsFor
              ? {
                  unsavedCountOf: (id: string) =>
                    (activeList.find((c) => c.id === id)?.participants ?? []).reduce((sum, p) => {
                      const counts = editCountsFor(id, p.id)
                      return sum + counts.staged + counts.sending + counts.inDoubt
                    }, 0),
                }
              : {})}
          />
        ) : conversation ? (
          <h2 className="workspace__title" title={conversationLabel(conversation)}>
            {conversationLabel(conversation)}
            {conversationMedia(conversation) ? (
              <span className="workspace__media"> · {t(mediaKey(conversationMedia(conversation)))}</span>
            ) : null}
          </h2>
        ) : null}
        {conversation && participant ? (
          <ParticipantTabs
            participants={participants}
            selectedId={participant.id}
            onSelect={(participantId) => chooseParticipant(conversation.id, participantId)}
            {...(editCountsFor
              ? {
                  editCountsOf: (participantId: string) => editCountsFor(conversation.id, participantId),
                }
              : {})}
          />
        ) : null}
        <div className="workspace__status">
          {ended ? <span className="badge badge--ended">{t('ended')}</span> : null}
          <LiveStatusBadge status={liveStatus} />
        </div>
      </div>
      {unsavedElsewhere}
      {liveness.refused ? (
        <Alert tone="warning">
          {t('liveRefused', { reason: liveness.refused, seconds: fallbackPollMs / 1000 })}
        </Alert>
      ) : liveStatus === 'down' ? (
        <p className="hint">{t('liveDownDetail', { seconds: fallbackPollMs / 1000 })}</p>
      ) : null}

      {detail.isPending ? <p role="status">{t('loadingConversation')}</p> : null}
      {detail.isError && !conversation ? (
        <LoadError
          error={detail.error}
          conversationId={conversationId}
          onRetry={() => void detail.refetch()}
        />
      ) : null}

      {conversation?.problems?.length ? <UnreadableParts problems={conversation.problems} t={t} /> : null}
      {conversation && participants.length === 0 ? <p>{t('noParticipants')}</p> : null}
      {conversation && participant ? (
        <>
          <div
            role="tabpanel"
            id={participantPanelId(participant.id)}
            aria-labelledby={participantTabId(participant.id)}
            className="workspace__panel"
          >
            {renderParticipant({
              conversation,
              participant,
              conversationEnded: ended,
              liveness,
              coveredByLiveUpdates: covered,
            })}
          </div>
        </>
      ) : null}

      {!launchConversationId ? (
        <div className="workspace__footer">
          {chosenId !== null && !activeList.some((c) => c.id === chosenId) ? (
            <Button variant="ghost" onClick={() => chooseConversation(null)}>
              {t('backToMine')}
            </Button>
          ) : null}
          <details className="open-conversation-details">
            <summary>{t('openById')}</summary>
            {openForm}
          </details>
        </div>
      ) : null}
    </div>
  )
}

/** What the tolerant reading left out (schemas.ts `problems`): said once, so nothing disappears silently. */
function UnreadableParts({
  problems,
  t,
}: {
  problems: readonly ReadProblem[]
  t: Translate<ConversationMessageKey>
}) {
  const details = problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')
  return (
    <Alert tone="warning" className="workspace__unreadable">
      {t('unreadableParts', { count: problems.length, details })}
    </Alert>
  )
}

function LoadError({
  error,
  conversationId,
  onRetry,
}: {
  error: Error
  conversationId: string
  onRetry: () => void
}) {
  const t = useTranslate(conversationMessages)
  const kind = error instanceof GenesysApiError ? error.kind : undefined
  const message =
    kind === 'not-found'
      ? t('notFound', { id: conversationId })
      : kind === 'forbidden'
        ? t('forbidden', { id: conversationId })
        : t('loadFailed', { message: error.message })
  return (
    <Alert tone="error">
      <p>{message}</p>
      <Button onClick={onRetry}>{t('retry')}</Button>
    </Alert>
  )
}
