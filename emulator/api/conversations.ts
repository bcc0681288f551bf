import type { Models } from 'purecloud-platform-client-v2'
import type { Exchange } from '../context.ts'
import type { StoredConversation } from '../state/model.ts'
import { notFound } from '../http/genesys-error.ts'
import { sendJson } from '../http/respond.ts'
import { isActive } from '../state/store.ts'
import { isConnectedParticipant } from '../state/users.ts'
import { callConversationListing, callConversationWire, isCallConversation } from '../state/call-wire.ts'
import { conversationWire } from '../state/wire.ts'
import { authenticate, requireUserContext, visibleConversation } from './authenticate.ts'

function ownActiveConversations(ex: Exchange): StoredConversation[] {
  const userId = requireUserContext(authenticate(ex))
  return [...ex.ctx.state.conversations.values()]
    .filter((c) => isActive(c) && isConnectedParticipant(userId, c))
    .sort((a, b) => a.startTime.localeCompare(b.startTime))
}

/**
 * GET /api/v2/conversations: the signed-in user's own active conversations, i.e. those where one of the user's legs
 * is still up (a supervisor's too: only their own).
 */
export function listConversations(ex: Exchange): void {
  const entities = ownActiveConversations(ex).map(conversationWire)
  const listing: Models.ConversationEntityListing = {
    entities,
    pageSize: 25,
    pageNumber: 1,
    total: entities.length,
    pageCount: 1,
    firstUri: '/api/v2/conversations?pageSize=25&pageNumber=1',
    selfUri: '/api/v2/conversations?pageSize=25&pageNumber=1',
    lastUri: '/api/v2/conversations?pageSize=25&pageNumber=1',
  }
  sendJson(ex.res, 200, listing)
}

export function getConversation(ex: Exchange): void {
  const principal = authenticate(ex)
  sendJson(ex.res, 200, conversationWire(visibleConversation(ex, principal, ex.params.conversationId ?? '')))
}

export function getCallConversation(ex: Exchange): void {
  const principal = authenticate(ex)
  const conversation = visibleConversation(ex, principal, ex.params.conversationId ?? '')
  if (!isCallConversation(conversation)) throw notFound('call conversation')
  sendJson(ex.res, 200, callConversationWire(conversation))
}

/** GET /api/v2/conversations/calls: the user's own active call conversations (SDK: getConversationsCalls). */
export function listCallConversations(ex: Exchange): void {
  const calls = ownActiveConversations(ex).filter(isCallConversation).map(callConversationWire)
  sendJson(ex.res, 200, callConversationListing(calls))
}
