import { findUser } from './users.ts'
import { SEED } from '../seed.ts'
import type { StoredConversation, StoredParticipant } from './model.ts'
import type {
  SdkCallConversation,
  SdkCallConversationListing,
  SdkCallMediaParticipant,
  SdkDomainEntityRef,
} from './sdk-models.ts'

/*
 * GET /api/v2/conversations/calls[/{id}] in the SDK's CallConversation shape: one CallMediaParticipant per call
 * leg, with the leg's own `state`, and the agent and queue as `user`/`queue` entity references, not the
 * `userId`/`queueId` of the generic Conversation.
 */

const knownQueues = Object.values(SEED.queues)

function userRef(id: string): SdkDomainEntityRef {
  const user = findUser(id)
  return { id, ...(user && { name: user.name }), selfUri: `/api/v2/users/${id}` }
}

function queueRef(id: string): SdkDomainEntityRef {
  const queue = knownQueues.find((q) => q.id === id)
  return { id, ...(queue && { name: queue.name }), selfUri: `/api/v2/routing/queues/${id}` }
}

function callLeg(p: StoredParticipant): SdkCallMediaParticipant {
  const c = p.communication
  const leg: SdkCallMediaParticipant = {
    id: p.id,
    purpose: p.purpose,
    state: c.state,
    direction: c.direction,
    held: c.held ?? false,
    startTime: p.startTime,
    attributes: { ...p.attributes },
  }
  if (p.name !== undefined) leg.name = p.name
  if (p.address !== undefined) leg.address = p.address
  if (p.ani !== undefined) leg.ani = p.ani
  if (p.dnis !== undefined) leg.dnis = p.dnis
  if (p.endTime !== undefined) leg.endTime = p.endTime
  if (c.connectedTime !== undefined) leg.connectedTime = c.connectedTime
  if (c.disconnectType !== undefined) leg.disconnectType = c.disconnectType
  if (c.provider !== undefined) leg.provider = c.provider
  if (p.userId !== undefined) leg.user = userRef(p.userId)
  if (p.queueId !== undefined) leg.queue = queueRef(p.queueId)
  return leg
}

export function isCallConversation(c: StoredConversation): boolean {
  return c.participants.some((p) => p.media === 'calls')
}

export function callConversationWire(c: StoredConversation): SdkCallConversation {
  const wire: SdkCallConversation = {
    id: c.id,
    participants: c.participants.filter((p) => p.media === 'calls').map(callLeg),
    otherMediaUris: [],
    recordingState: 'none',
    selfUri: `/api/v2/conversations/calls/${c.id}`,
  }
  if (c.name !== undefined) wire.name = c.name
  return wire
}

/** One page holding every entity: the emulator's lists are short, so it never pages. */
export function callConversationListing(entities: SdkCallConversation[]): SdkCallConversationListing {
  const uri = '/api/v2/conversations/calls?pageSize=25&pageNumber=1'
  return {
    entities,
    pageSize: 25,
    pageNumber: 1,
    total: entities.length,
    pageCount: 1,
    firstUri: uri,
    selfUri: uri,
    lastUri: uri,
  }
}
