import { deleteFaults, getFaults, postFault } from './admin/fault-routes.ts'
import {
  postAdminAttributes,
  postConversation,
  postEndConversation,
  postParticipant,
} from './admin/conversation-routes.ts'
import { getState, postReset, postRevokeTokens, postSettings } from './admin/state-routes.ts'
import { deleteCallGenerator, getCallGenerator, postCallGenerator } from './admin/call-generator-routes.ts'
import { postConversationDetailsQuery } from './api/analytics-query.ts'
import { getDetailsJob, getDetailsJobResults, postDetailsJob } from './api/analytics-jobs.ts'
import { postParticipantAttributesSearch } from './api/participant-attributes-search.ts'
import { getQueue, listQueues } from './api/queues.ts'
import { listUsers } from './api/user-listing.ts'
import {
  mediaAttributeMedia,
  patchMediaParticipantAttributes,
  patchParticipantAttributes,
} from './api/attributes.ts'
import { getAvailableTopics } from './api/available-topics.ts'
import {
  createChannel,
  deleteSubscriptions,
  getSubscriptions,
  headChannel,
  listChannels,
  postSubscriptions,
  putSubscriptions,
} from './api/channels.ts'
import { customAttributeRoutes } from './custom-attributes-routes.ts'
import {
  getCallConversation,
  getConversation,
  listCallConversations,
  listConversations,
} from './api/conversations.ts'
import { deleteTokenMe, getTokenMe, getUser } from './api/tokens.ts'
import { getMe } from './api/users.ts'
import { route } from './http/router.ts'
import type { Route } from './http/router.ts'
import { getAuthorize, postAuthorize } from './oauth/authorize.ts'
import { getLogout } from './oauth/logout.ts'
import { postToken } from './oauth/token.ts'

const conversation = '/api/v2/conversations/:conversationId'
const channel = '/api/v2/notifications/channels/:channelId'
const adminConversation = '/__admin/conversations/:conversationId'

/** Every HTTP endpoint of the emulator, in one place (WebSocket upgrades at /channels/{id} are in server.ts). */
export const routes: readonly Route[] = [
  route('GET', '/oauth/authorize', getAuthorize),
  route('POST', '/oauth/authorize', postAuthorize),
  route('POST', '/oauth/token', postToken),
  route('GET', '/logout', getLogout),

  route('GET', '/api/v2/users/me', getMe),
  route('GET', '/api/v2/users', listUsers),
  route('GET', '/api/v2/users/:userId', getUser),
  route('GET', '/api/v2/routing/queues', listQueues),
  route('GET', '/api/v2/routing/queues/:queueId', getQueue),
  // Before the `:conversationId` routes, which would otherwise take "participants" for an id.
  route('POST', '/api/v2/conversations/participants/attributes/search', postParticipantAttributesSearch),
  route('GET', '/api/v2/tokens/me', getTokenMe),
  route('DELETE', '/api/v2/tokens/me', deleteTokenMe),
  route('GET', '/api/v2/conversations', listConversations),
  // Before the `:conversationId` route, which would otherwise take "calls" for an id.
  route('GET', '/api/v2/conversations/calls', listCallConversations),
  route('GET', conversation, getConversation),
  route('GET', '/api/v2/conversations/calls/:conversationId', getCallConversation),
  route('PATCH', `${conversation}/participants/:participantId/attributes`, patchParticipantAttributes),
  ...mediaAttributeMedia.map((media) =>
    route(
      'PATCH',
      `/api/v2/conversations/${media}/:conversationId/participants/:participantId/attributes`,
      patchMediaParticipantAttributes(media),
    ),
  ),
  route('POST', '/api/v2/analytics/conversations/details/query', postConversationDetailsQuery),
  route('POST', '/api/v2/analytics/conversations/details/jobs', postDetailsJob),
  route('GET', '/api/v2/analytics/conversations/details/jobs/:jobId', getDetailsJob),
  route('GET', '/api/v2/analytics/conversations/details/jobs/:jobId/results', getDetailsJobResults),
  route('POST', '/api/v2/notifications/channels', createChannel),
  route('GET', '/api/v2/notifications/channels', listChannels),
  route('HEAD', channel, headChannel),
  route('GET', '/api/v2/notifications/availabletopics', getAvailableTopics),
  route('GET', `${channel}/subscriptions`, getSubscriptions),
  route('PUT', `${channel}/subscriptions`, putSubscriptions),
  route('POST', `${channel}/subscriptions`, postSubscriptions),
  route('DELETE', `${channel}/subscriptions`, deleteSubscriptions),

  route('POST', '/__admin/reset', postReset),
  route('GET', '/__admin/state', getState),
  route('POST', '/__admin/settings', postSettings),
  route('POST', '/__admin/tokens/revoke', postRevokeTokens),
  route('POST', '/__admin/conversations', postConversation),
  route('POST', `${adminConversation}/participants`, postParticipant),
  route('POST', `${adminConversation}/participants/:participantId/attributes`, postAdminAttributes),
  route('POST', `${adminConversation}/end`, postEndConversation),
  route('POST', '/__admin/call-generator', postCallGenerator),
  route('GET', '/__admin/call-generator/:generatorId', getCallGenerator),
  route('DELETE', '/__admin/call-generator/:generatorId', deleteCallGenerator),
  route('POST', '/__admin/faults', postFault),
  route('GET', '/__admin/faults', getFaults),
  route('DELETE', '/__admin/faults', deleteFaults),
  ...customAttributeRoutes,
]
