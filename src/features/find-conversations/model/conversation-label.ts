/*
 * How a person recognises a conversation: the customer's name or number, the media, the queue, the agent, when it
 * started and whether it is still going. Built from an analytics conversation or a REST conversation alike; queue
 * and agent ids are turned into names by the caller's lookup, and an id no lookup knows stays out of the label
 * rather than showing as a bare id.
 */

export interface ConversationLabel {
  readonly customer?: string | undefined
  readonly media?: string | undefined
  readonly queue?: string | undefined
  readonly agent?: string | undefined
  readonly startTime?: string | undefined
  readonly ended: boolean
}

export interface NameLookup {
  queue: (id: string) => string | undefined
  user: (id: string) => string | undefined
}

export interface LabelSource {
  readonly startTime?: string | undefined
  readonly endTime?: string | undefined
  readonly participants: ReadonlyArray<{
    readonly purpose?: string | undefined
    readonly name?: string | undefined
    readonly ani?: string | undefined
    readonly address?: string | undefined
    readonly userId?: string | undefined
    readonly queueIds: readonly string[]
    readonly media?: string | undefined
  }>
}

const customerPurposes = new Set(['customer', 'external'])

/** `tel:+14155550142` → `+14155550142`; `sip:` addresses likewise. */
export function readableAddress(address: string | undefined): string | undefined {
  if (!address) return undefined
  return address.replace(/^(tel|sip):/i, '')
}

export function labelConversation(source: LabelSource, names: NameLookup): ConversationLabel {
  const customer = source.participants.find((p) => customerPurposes.has(p.purpose ?? ''))
  const agent = source.participants.find((p) => p.purpose === 'agent' && p.userId)
  const queueId = source.participants.flatMap((p) => p.queueIds)[0]
  return {
    customer:
      customer?.name || readableAddress(customer?.ani) || readableAddress(customer?.address) || undefined,
    media: customer?.media ?? source.participants[0]?.media,
    queue: queueId === undefined ? undefined : names.queue(queueId),
    agent: agent?.userId ? (names.user(agent.userId) ?? agent.name) : undefined,
    startTime: source.startTime,
    ended: source.endTime !== undefined,
  }
}
