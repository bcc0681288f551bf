import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import type { Participant } from '../../../genesys/schemas.ts'
import { useTranslate, type Translate } from '../../../ui/i18n.tsx'
import { conversationMessages, type ConversationMessageKey } from '../messages.ts'
import { participantLabel, participantLabelParts } from '../model/participant-label.ts'

/** A participant's edits in this tab: staged; sent and watched; sent and in doubt (the user decides). */
export interface ParticipantEditCounts {
  staged: number
  sending: number
  inDoubt: number
}

export function participantTabId(participantId: string): string {
  return `participant-tab-${participantId}`
}
export function participantPanelId(participantId: string): string {
  return `participant-panel-${participantId}`
}

/** ARIA tabs with roving focus: arrows move between participants, Home/End jump to the ends. */
export function ParticipantTabs({
  participants,
  selectedId,
  onSelect,
  editCountsOf,
}: {
  participants: Participant[]
  selectedId: string | undefined
  onSelect: (participantId: string) => void
  editCountsOf?: (participantId: string) => ParticipantEditCounts
}) {
  const t = useTranslate(conversationMessages)
  const tabRefs = useRef(new Map<string, HTMLButtonElement>())

  const focusAt = (index: number) => {
    const participant = participants[(index + participants.length) % participants.length]
    if (!participant) return
    onSelect(participant.id)
    tabRefs.current.get(participant.id)?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: participants.length - 1,
    }
    const target = moves[event.key]
    if (target === undefined) return
    event.preventDefault()
    focusAt(target)
  }

  const strip = useRef<HTMLDivElement>(null)
  const outOfView = useTabsOutOfView(strip, participants)
  const countsOf = (participantId: string) =>
    editCountsOf?.(participantId) ?? { staged: 0, sending: 0, inDoubt: 0 }
  // A leg with edits whose tab the strip has scrolled away (a four-leg call in a 360 px panel): said beside the strip,
  // or an agent would never see that the Agent tab still holds a staged change. The selected leg's count is in the
  // toolbar already.
  const hiddenWithEdits = participants.find(
    (participant) =>
      participant.id !== selectedId &&
      outOfView.has(participant.id) &&
      badgeOf(countsOf(participant.id), t) !== null,
  )
  const hiddenBadge = hiddenWithEdits ? badgeOf(countsOf(hiddenWithEdits.id), t) : null

  return (
    <>
      <div ref={strip} role="tablist" aria-label={t('participantsLabel')} className="participant-tabs">
        {participants.map((participant, index) => {
          const selected = participant.id === selectedId
          const badge = badgeOf(countsOf(participant.id), t)
          return (
            <button
              key={participant.id}
              data-participant-id={participant.id}
              ref={(element) => {
                if (element) tabRefs.current.set(participant.id, element)
                else tabRefs.current.delete(participant.id)
              }}
              type="button"
              role="tab"
              id={participantTabId(participant.id)}
              aria-selected={selected}
              aria-controls={participantPanelId(participant.id)}
              tabIndex={selected ? 0 : -1}
              className="participant-tab"
              title={participantLabel(participant, t)}
              onClick={() => onSelect(participant.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <ParticipantTabLabel parts={participantLabelParts(participant, t)} />
              {badge ? <TabBadge {...badge} /> : null}
            </button>
          )
        })}
      </div>
      {hiddenWithEdits && hiddenBadge ? (
        <button
          type="button"
          className="participant-tabs__hidden-edits"
          aria-label={t('hiddenTabEditsLabel', {
            label: participantLabel(hiddenWithEdits, t),
            badge: hiddenBadge.text,
          })}
          title={`${participantLabel(hiddenWithEdits, t)}: ${hiddenBadge.text}`}
          onClick={() => {
            onSelect(hiddenWithEdits.id)
            tabRefs.current.get(hiddenWithEdits.id)?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
          }}
        >
          <span className="participant-tab__badge">{hiddenBadge.short}</span>
          <span aria-hidden="true">›</span>
        </button>
      ) : null}
    </>
  )
}

type Translator = Translate<ConversationMessageKey>

/** What a tab's badge says, in words and in the narrow panel's short form; null when the leg has no edits. */
function badgeOf(counts: ParticipantEditCounts, t: Translator): { text: string; short: string } | null {
  if (counts.staged > 0)
    return { text: t('stagedCount', { count: counts.staged }), short: String(counts.staged) }
  if (counts.inDoubt > 0) return { text: t('inDoubtBadge'), short: '?' }
  if (counts.sending > 0) return { text: t('savingBadge'), short: '…' }
  return null
}

/**
 * The ids of tabs the strip shows less than whole (scrolled sideways out of a narrow panel). Without
 * IntersectionObserver (old browsers, jsdom) every tab counts as in view: nothing extra is shown.
 */
function useTabsOutOfView(strip: RefObject<HTMLDivElement | null>, participants: readonly Participant[]) {
  const [outOfView, setOutOfView] = useState<ReadonlySet<string>>(() => new Set())
  const ids = participants.map((participant) => participant.id).join(' ')
  useEffect(() => {
    const root = strip.current
    if (!root || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        setOutOfView((previous) => {
          const next = new Set(previous)
          for (const entry of entries) {
            const id = (entry.target as HTMLElement).dataset.participantId
            if (id === undefined) continue
            if (entry.intersectionRatio < 0.99) next.add(id)
            else next.delete(id)
          }
          return next
        })
      },
      { root, threshold: [0, 0.99, 1] },
    )
    for (const tab of root.querySelectorAll<HTMLElement>('[data-participant-id]')) observer.observe(tab)
    return () => {
      observer.disconnect()
      setOutOfView(new Set())
    }
  }, [strip, ids])
  return outOfView
}

/**
 * "Customer · Dana Whitfield": a narrow panel hides the name (visually only, so the tab's text and accessible name
 * stay the full label), since the conversation's name is already at the start of the same line.
 */
function ParticipantTabLabel({ parts }: { parts: { before: string; name: string; after: string } }) {
  return (
    <span className="participant-tab__label">
      {parts.before}
      {/* The space outside the hidden part: accessible-name rules trim a child's own leading space. */}
      {parts.name ? (
        <>
          {' '}
          <span className="participant-tab__name">{parts.name}</span>
        </>
      ) : null}
      {parts.after}
    </span>
  )
}

/**
 * "4 staged" beside the tab's label; in the narrow panel only "4" is drawn (conversation.css), so the tabs after it
 * stay in view and their badges with them. The words stay in the text, so the tab's accessible name keeps them.
 */
function TabBadge({ text, short }: { text: string; short: string }) {
  return (
    <span className="participant-tab__badge" data-short={short}>
      <span className="participant-tab__badge-text">{text}</span>
    </span>
  )
}
