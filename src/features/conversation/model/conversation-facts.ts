import type { Conversation, Participant } from '../../../genesys/schemas.ts'

// What the widget reads off a conversation: participant order, media, whether it ended, its label, and which of
// an agent's conversations to open.

/**
 * Agents care about the caller first: customer and external legs lead, then the automated legs (IVR, queue), then
 * agents and everyone else. Within a purpose, the order the platform gives (join order) is kept.
 */
const purposeRank: Record<string, number> = {
  customer: 0,
  external: 1,
  ivr: 2,
  acd: 3,
  agent: 4,
  user: 5,
}

export function orderParticipants(participants: readonly Participant[]): Participant[] {
  return participants
    .map((participant, index) => ({ participant, index }))
    .sort((a, b) => {
      const rankA = purposeRank[a.participant.purpose] ?? 9
      const rankB = purposeRank[b.participant.purpose] ?? 9
      return rankA - rankB || a.index - b.index
    })
    .map(({ participant }) => participant)
}

const mediaKeys = [
  'calls',
  'callbacks',
  'chats',
  'emails',
  'messages',
  'videos',
  'cobrowsesessions',
  'screenshares',
  'socialExpressions',
] as const

/** The media of a conversation, read from the first participant leg that has any (e.g. "calls"). */
export function conversationMedia(conversation: Conversation): (typeof mediaKeys)[number] | undefined {
  for (const participant of conversation.participants) {
    for (const key of mediaKeys) {
      if ((participant[key]?.length ?? 0) > 0) return key
    }
  }
  return undefined
}

/**
 * A conversation has ended when it says so (endTime) or when every communication of every participant is over.
 * State lives on each communication; there is no participant-level state on the generic endpoint.
 */
export function isConversationEnded(conversation: Conversation): boolean {
  if (conversation.endTime) return true
  const states = conversation.participants.flatMap((participant) =>
    mediaKeys.flatMap((key) => (participant[key] ?? []).map((communication) => communication.state)),
  )
  return states.length > 0 && states.every((state) => state === 'disconnected' || state === 'terminated')
}

/** The live state of a participant's leg: the state of its most recent communication. */
export function participantState(participant: Participant): string | undefined {
  for (const key of mediaKeys) {
    const communications = participant[key]
    if (communications && communications.length > 0) return communications[communications.length - 1]?.state
  }
  return undefined
}

/** A short human label: the remote party for the customer leg, else the participant's name. */
export function conversationLabel(conversation: Conversation): string {
  const customer = conversation.participants.find(
    (participant) => participant.purpose === 'customer' || participant.purpose === 'external',
  )
  return customer?.name || customer?.ani || customer?.address || conversation.address || conversation.id
}

/**
 * The conversation to open when the agent has several: the call they are on (an agent takes one call at a time
 * but several chats or messages beside it), else the newest conversation where their own leg is connected, else
 * the first listed.
 */
export function pickDefaultConversation(
  conversations: readonly Conversation[],
  userId: string | undefined,
): Conversation | undefined {
  const ownLeg = (conversation: Conversation) =>
    conversation.participants.find((participant) => participant.userId === userId)
  const connected = conversations.filter((conversation) => {
    const leg = ownLeg(conversation)
    return leg !== undefined && participantState(leg) === 'connected'
  })
  const onCall = connected.find((conversation) => (ownLeg(conversation)?.calls?.length ?? 0) > 0)
  const newest = [...connected].sort((a, b) => (b.startTime ?? '').localeCompare(a.startTime ?? ''))[0]
  return onCall ?? newest ?? conversations[0]
}
