import type { AttributeMap } from './attribute-map.ts'
import type { RateLimitInfo } from './rate-limit-info.ts'
import { createRequester } from './request.ts'
import { subscriptionResult, type SubscriptionResult } from './subscription-result.ts'
import {
  channelSchema,
  conversationListingSchema,
  conversationSchema,
  subscriptionListingSchema,
  userSchema,
  type Channel,
  type Conversation,
  type User,
} from './schemas.ts'

export interface GenesysClientOptions {
  /** https://api.mypurecloud.com, or the emulator's origin such as http://127.0.0.1:8700 */
  apiOrigin: string
  getAccessToken: () => string | Promise<string>
  /** Try to re-authenticate; true → the request is repeated once with the new token. */
  onUnauthorized?: () => Promise<boolean>
  fetch?: typeof fetch
  /** Per request, default 10000; a hanging request fails with kind 'timeout'. */
  timeoutMs?: number
  onRateLimitInfo?: (info: RateLimitInfo) => void
}

export interface GenesysClient {
  /** Which platform this client talks to: part of what makes a notification channel shareable. */
  readonly apiOrigin: string
  getMe(options?: { expandAuthorization?: boolean }): Promise<User>
  listActiveConversations(): Promise<Conversation[]>
  getConversation(conversationId: string, init?: { signal?: AbortSignal }): Promise<Conversation>
  /**
   * Sends exactly the given names (merge on the server; names not sent are kept). Resolves on 202, which means
   * "accepted": the value may appear on a later GET only. Never retried automatically on an ambiguous failure.
   */
  patchParticipantAttributes(
    conversationId: string,
    participantId: string,
    attributes: AttributeMap,
  ): Promise<void>
  createNotificationChannel(): Promise<Channel>
  /**
   * Replaces the channel's subscriptions with `topics`. A 404 (kind 'not-found') means the channel expired. Resolves
   * with the topics the platform rejected (state Rejected in the ChannelTopicEntityListing): no event will arrive on
   * those, so a caller must not count them as live.
   */
  subscribeToTopics(channelId: string, topics: string[]): Promise<SubscriptionResult>
}

export type { SubscriptionResult }

const id = encodeURIComponent

/**
 * A thin typed client for the few Platform API v2 endpoints the widget and the enrichment tool use. Same paths,
 * methods and bodies as the official SDK (purecloud-platform-client-v2), without its 164 KB: conversationsApi
 * getConversation / patchConversationParticipantAttributes, usersApi getUsersMe, notificationsApi
 * postNotificationsChannels / putNotificationsChannelSubscriptions.
 */
export function createGenesysClient(options: GenesysClientOptions): GenesysClient {
  const request = createRequester(options)
  return {
    apiOrigin: options.apiOrigin,
    getMe: (meOptions) =>
      request({
        method: 'GET',
        path: '/api/v2/users/me',
        ...(meOptions?.expandAuthorization ? { query: { expand: 'authorization' } } : {}),
        schema: userSchema,
      }),
    listActiveConversations: async () =>
      (await request({ method: 'GET', path: '/api/v2/conversations', schema: conversationListingSchema }))
        .entities,
    getConversation: (conversationId, init) =>
      request({
        method: 'GET',
        path: `/api/v2/conversations/${id(conversationId)}`,
        schema: conversationSchema,
        signal: init?.signal,
      }),
    patchParticipantAttributes: (conversationId, participantId, attributes) =>
      request({
        method: 'PATCH',
        path: `/api/v2/conversations/${id(conversationId)}/participants/${id(participantId)}/attributes`,
        body: { attributes },
      }),
    createNotificationChannel: () =>
      request({ method: 'POST', path: '/api/v2/notifications/channels', schema: channelSchema }),
    subscribeToTopics: async (channelId, topics) => {
      const listing = await request({
        method: 'PUT',
        path: `/api/v2/notifications/channels/${id(channelId)}/subscriptions`,
        body: topics.map((topic) => ({ id: topic })),
        schema: subscriptionListingSchema,
        allowEmpty: true,
      })
      return subscriptionResult(topics, listing)
    },
  }
}
