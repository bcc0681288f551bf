import * as z from 'zod/mini'
import { attributeMapSchema } from './attribute-map.ts'

/*
 * Wire formats of the Genesys Cloud Platform API v2, as the official SDK models describe them. Objects are loose:
 * the platform adds fields over time and the widget must not break on them; only what we rely on is required.
 * The emulator builds its responses from these same types, so both sides agree on the wire.
 */

/** Communication states, e.g. calls[].state. Unknown future states still parse (as plain strings). */
export const knownCommunicationStates = [
  'alerting',
  'dialing',
  'contacting',
  'offering',
  'connected',
  'disconnected',
  'terminated',
  'converting',
  'uploading',
  'transmitting',
  'scheduled',
  'none',
] as const
export type CommunicationState = (typeof knownCommunicationStates)[number] | (string & {})

export const communicationSchema = z.looseObject({
  id: z.string(),
  state: z.string(),
  direction: z.optional(z.string()),
  held: z.optional(z.boolean()),
  connectedTime: z.optional(z.string()),
  disconnectedTime: z.optional(z.string()),
  disconnectType: z.optional(z.string()),
  provider: z.optional(z.string()),
})
export type Communication = z.infer<typeof communicationSchema>

const mediaArray = z.optional(z.array(communicationSchema))

export const mediaKinds = [
  'calls',
  'callbacks',
  'chats',
  'cobrowsesessions',
  'emails',
  'messages',
  'screenshares',
  'socialExpressions',
  'videos',
] as const
export type MediaKind = (typeof mediaKinds)[number]

/** What a participant carries in both the conversation and the call-leg views. */
const participantFields = {
  id: z.string(),
  name: z.optional(z.string()),
  purpose: z.string(),
  userId: z.optional(z.string()),
  queueId: z.optional(z.string()),
  address: z.optional(z.string()),
  ani: z.optional(z.string()),
  dnis: z.optional(z.string()),
  startTime: z.optional(z.string()),
  endTime: z.optional(z.string()),
  attributes: attributeMapSchema,
}

export const participantSchema = z.looseObject({
  ...participantFields,
  participantType: z.optional(z.string()),
  connectedTime: z.optional(z.string()),
  calls: mediaArray,
  callbacks: mediaArray,
  chats: mediaArray,
  cobrowsesessions: mediaArray,
  emails: mediaArray,
  messages: mediaArray,
  screenshares: mediaArray,
  socialExpressions: mediaArray,
  videos: mediaArray,
})
export type Participant = z.infer<typeof participantSchema>

export const conversationSchema = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  startTime: z.optional(z.string()),
  endTime: z.optional(z.string()),
  address: z.optional(z.string()),
  participants: z.array(participantSchema),
  selfUri: z.optional(z.string()),
})
export type Conversation = z.infer<typeof conversationSchema>

export const conversationListingSchema = z.looseObject({
  entities: z._default(z.array(conversationSchema), []),
  pageSize: z.optional(z.number()),
  pageNumber: z.optional(z.number()),
  total: z.optional(z.number()),
  pageCount: z.optional(z.number()),
})
export type ConversationListing = z.infer<typeof conversationListingSchema>

/** GET /api/v2/conversations/calls/{id}: participants are flattened call legs with their own state. */
export const callMediaParticipantSchema = z.looseObject({
  ...participantFields,
  state: z.optional(z.string()),
  direction: z.optional(z.string()),
})
export const callConversationSchema = z.looseObject({
  id: z.string(),
  participants: z.array(callMediaParticipantSchema),
  selfUri: z.optional(z.string()),
})
export type CallConversation = z.infer<typeof callConversationSchema>

export const userSchema = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  username: z.optional(z.string()),
  state: z.optional(z.string()),
  authorization: z.optional(
    z.looseObject({
      roles: z._default(z.array(z.looseObject({ id: z.string(), name: z.string() })), []),
      permissions: z._default(z.array(z.string()), []),
    }),
  ),
})
export type User = z.infer<typeof userSchema>

/** PATCH .../participants/{pid}/attributes request body (and the media-specific variants' 202 body). */
export const attributesPatchSchema = z.object({ attributes: attributeMapSchema })
export type AttributesPatch = z.infer<typeof attributesPatchSchema>

/** The Genesys error body. Every field is optional on the wire; the widget fills gaps from the HTTP status. */
export const errorBodySchema = z.looseObject({
  message: z.optional(z.string()),
  code: z.optional(z.string()),
  status: z.optional(z.number()),
  messageWithParams: z.optional(z.string()),
  messageParams: z.optional(z.record(z.string(), z.string())),
  contextId: z.optional(z.string()),
  details: z.optional(z.array(z.unknown())),
  errors: z.optional(z.array(z.unknown())),
})
export type ErrorBody = z.infer<typeof errorBodySchema>

/** OAuth token endpoint answers. */
export const tokenResponseSchema = z.looseObject({
  access_token: z.string().check(z.minLength(1)),
  token_type: z.string(),
  expires_in: z.number().check(z.int(), z.positive()),
})
export type TokenResponse = z.infer<typeof tokenResponseSchema>
export const oauthErrorSchema = z.looseObject({
  error: z.string(),
  error_description: z.optional(z.string()),
})

/* Notifications API */
export const channelSchema = z.looseObject({
  id: z.string(),
  connectUri: z.string(),
  expires: z.optional(z.string()),
})
export type Channel = z.infer<typeof channelSchema>

export const subscriptionListingSchema = z.looseObject({
  entities: z._default(z.array(z.looseObject({ id: z.string() })), []),
})

export const notificationEnvelopeSchema = z.looseObject({
  topicName: z.string(),
  version: z.optional(z.string()),
  eventBody: z.unknown(),
  metadata: z.optional(z.looseObject({ CorrelationId: z.optional(z.string()) })),
})
export type NotificationEnvelope = z.infer<typeof notificationEnvelopeSchema>

/** eventBody of v2.users.{id}.conversations: the conversation with its participants (and their attributes). */
export const conversationEventSchema = z.looseObject({
  id: z.string(),
  participants: z._default(z.array(participantSchema), []),
})
export type ConversationEvent = z.infer<typeof conversationEventSchema>

export const heartbeatTopic = 'channel.metadata'
export const socketClosingTopic = 'v2.system.socket_closing'
export const userConversationsTopic = (userId: string): string => `v2.users.${userId}.conversations`
