import { z } from 'zod'
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
  direction: z.string().optional(),
  held: z.boolean().optional(),
  connectedTime: z.string().optional(),
  disconnectedTime: z.string().optional(),
  disconnectType: z.string().optional(),
  provider: z.string().optional(),
})
export type Communication = z.infer<typeof communicationSchema>

const mediaArray = z.array(communicationSchema).optional()

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

export const participantSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  purpose: z.string(),
  participantType: z.string().optional(),
  userId: z.string().optional(),
  queueId: z.string().optional(),
  address: z.string().optional(),
  ani: z.string().optional(),
  dnis: z.string().optional(),
  startTime: z.string().optional(),
  connectedTime: z.string().optional(),
  endTime: z.string().optional(),
  attributes: attributeMapSchema,
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
  name: z.string().optional(),
  startTime: z.string().optional(),
  endTime: z.string().optional(),
  address: z.string().optional(),
  participants: z.array(participantSchema),
  selfUri: z.string().optional(),
})
export type Conversation = z.infer<typeof conversationSchema>

export const conversationListingSchema = z.looseObject({
  entities: z.array(conversationSchema).default([]),
  pageSize: z.number().optional(),
  pageNumber: z.number().optional(),
  total: z.number().optional(),
  pageCount: z.number().optional(),
})
export type ConversationListing = z.infer<typeof conversationListingSchema>

/** GET /api/v2/conversations/calls/{id}: participants are flattened call legs with their own state. */
export const callMediaParticipantSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  purpose: z.string(),
  state: z.string().optional(),
  direction: z.string().optional(),
  userId: z.string().optional(),
  queueId: z.string().optional(),
  address: z.string().optional(),
  ani: z.string().optional(),
  dnis: z.string().optional(),
  startTime: z.string().optional(),
  endTime: z.string().optional(),
  attributes: attributeMapSchema,
})
export const callConversationSchema = z.looseObject({
  id: z.string(),
  participants: z.array(callMediaParticipantSchema),
  selfUri: z.string().optional(),
})
export type CallConversation = z.infer<typeof callConversationSchema>

export const userSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  email: z.string().optional(),
  username: z.string().optional(),
  state: z.string().optional(),
  authorization: z
    .looseObject({
      roles: z.array(z.looseObject({ id: z.string(), name: z.string() })).default([]),
      permissions: z.array(z.string()).default([]),
    })
    .optional(),
})
export type User = z.infer<typeof userSchema>

/** PATCH .../participants/{pid}/attributes request body (and the media-specific variants' 202 body). */
export const attributesPatchSchema = z.object({ attributes: attributeMapSchema })
export type AttributesPatch = z.infer<typeof attributesPatchSchema>

/** The Genesys error body. Every field is optional on the wire; the widget fills gaps from the HTTP status. */
export const errorBodySchema = z.looseObject({
  message: z.string().optional(),
  code: z.string().optional(),
  status: z.number().optional(),
  messageWithParams: z.string().optional(),
  messageParams: z.record(z.string(), z.string()).optional(),
  contextId: z.string().optional(),
  details: z.array(z.unknown()).optional(),
  errors: z.array(z.unknown()).optional(),
})
export type ErrorBody = z.infer<typeof errorBodySchema>

/** OAuth token endpoint answers. */
export const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().int().positive(),
})
export type TokenResponse = z.infer<typeof tokenResponseSchema>
export const oauthErrorSchema = z.looseObject({ error: z.string(), error_description: z.string().optional() })

/* Notifications API */
export const channelSchema = z.looseObject({
  id: z.string(),
  connectUri: z.string(),
  expires: z.string().optional(),
})
export type Channel = z.infer<typeof channelSchema>

export const subscriptionListingSchema = z.looseObject({
  entities: z.array(z.looseObject({ id: z.string() })).default([]),
})

export const notificationEnvelopeSchema = z.looseObject({
  topicName: z.string(),
  version: z.string().optional(),
  eventBody: z.unknown(),
  metadata: z.looseObject({ CorrelationId: z.string().optional() }).optional(),
})
export type NotificationEnvelope = z.infer<typeof notificationEnvelopeSchema>

/** eventBody of v2.users.{id}.conversations: the conversation with its participants (and their attributes). */
export const conversationEventSchema = z.looseObject({
  id: z.string(),
  participants: z.array(participantSchema).default([]),
})
export type ConversationEvent = z.infer<typeof conversationEventSchema>

export const heartbeatTopic = 'channel.metadata'
export const socketClosingTopic = 'v2.system.socket_closing'
export const userConversationsTopic = (userId: string): string => `v2.users.${userId}.conversations`
