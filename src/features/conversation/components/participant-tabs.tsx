import { useRef, type KeyboardEvent } from 'react'
import type { Participant } from '../../../genesys/schemas.ts'
import { useTranslate } from '../../../ui/i18n.tsx'
import { conversationMessages } from '../messages.ts'
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

  return (
    <div role="tablist" aria-label={t('participantsLabel')} className="participant-tabs">
      {participants.map((participant, index) => {
        const selected = participant.id === selectedId
        const counts = editCountsOf?.(participant.id) ?? { staged: 0, sending: 0, inDoubt: 0 }
        return (
          <button
            key={participant.id}
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
            {counts.staged > 0 ? (
              <span className="participant-tab__badge">{t('stagedCount', { count: counts.staged })}</span>
            ) : counts.inDoubt > 0 ? (
              <span className="participant-tab__badge">{t('inDoubtBadge')}</span>
            ) : counts.sending > 0 ? (
              <span className="participant-tab__badge">{t('savingBadge')}</span>
            ) : null}
          </button>
        )
      })}
    </div>
  )
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
