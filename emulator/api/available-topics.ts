import type { Models } from 'purecloud-platform-client-v2'
import type { Exchange } from '../context.ts'
import { sendJson } from '../http/respond.ts'
import { authenticate } from './authenticate.ts'

/*
 * GET /api/v2/notifications/availabletopics: the topics this emulator publishes, as an AvailableTopicEntityListing.
 * The platform lists hundreds, each with a JSON schema of its event (`expand=schema`); the emulator lists its three
 * and leaves the schema out (the SDK models in tests/contract are the schema here).
 */

const userTopic = (suffix: string, description: string): Models.AvailableTopic => ({
  id: `v2.users.{id}.conversations${suffix}`,
  description,
  requiresPermissions: [],
  requiresCurrentUser: true,
  requiresCurrentUserOrPermission: false,
  requiresDivisionPermissions: false,
  enforced: false,
  visibility: 'Public',
  transports: ['All'],
  topicParameters: ['id'],
})

const topics: readonly Models.AvailableTopic[] = [
  userTopic('', "The user's conversations (ConversationEventTopicConversation)"),
  userTopic('.calls', "The user's call conversations (ConversationCallEventTopicCallConversation)"),
  userTopic(
    '.messages',
    "The user's message conversations (ConversationMessageEventTopicMessageConversation)",
  ),
]

export function getAvailableTopics(ex: Exchange): void {
  authenticate(ex)
  const listing: Models.AvailableTopicEntityListing = { entities: [...topics] }
  sendJson(ex.res, 200, listing)
}
