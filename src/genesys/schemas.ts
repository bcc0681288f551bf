import * as z from 'zod/mini'
import {
  attributeMapSchema,
  createAttributeMap,
  readAttributeMap,
  withUnreadableAttributes,
  type AttributeMap,
} from './attribute-map.ts'
import {
  count,
  flag,
  listOf,
  recordOf,
  text,
  tolerantSchema,
  type ReadProblem,
  type Reader,
} from './tolerant-read.ts'

/*
 * Wire formats of the Genesys Cloud Platform API v2, as the official SDK models describe them (and as
 * tests/contract checks them). The models make nearly every field optional and real answers carry nulls, so the
 * answers the widget shows are read per field (tolerant-read.ts): what cannot be read is left out and listed in
 * `problems`, never a reason to drop the rest. Fields the widget does not read are not kept.
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

/** Older topic schemas sent states in upper case (CONNECTED); the widget compares lower case. */
const communicationState: Reader<string> = (value, path, problems) =>
  text(value, path, problems)?.toLowerCase()

/** One communication of a participant leg (calls[], messages[], ...): every field optional, as in the SDK. */
const readCommunication = recordOf({
  id: text,
  state: communicationState,
  direction: text,
  held: flag,
  connectedTime: text,
  disconnectedTime: text,
  disconnectType: text,
  provider: text,
})
export type Communication = NonNullable<ReturnType<typeof readCommunication>>

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

const communications = listOf(readCommunication)
const emptyAttributes = (): AttributeMap => createAttributeMap()

/**
 * A participant as the widget sees it, read from the REST `Participant` and the event
 * `ConversationEventTopicParticipant` alike (the event simply lacks some fields). Only `id` is needed: without it
 * a participant cannot be addressed, so it is left out and reported; every other field may be absent or null.
 * An absent `attributes` reads as an empty map, so every participant has one to show and edit.
 */
const participantFields = {
  id: text,
  name: text,
  purpose: text,
  participantType: text,
  userId: text,
  queueId: text,
  address: text,
  ani: text,
  dnis: text,
  startTime: text,
  connectedTime: text,
  endTime: text,
  attributes: readAttributeMap,
  calls: communications,
  callbacks: communications,
  chats: communications,
  cobrowsesessions: communications,
  emails: communications,
  messages: communications,
  screenshares: communications,
  socialExpressions: communications,
  videos: communications,
}

// Read apart from the wrapper: as its argument, recordOf's required keys were inferred from the wrapper's
// contextual type, and every field of Participant came out required.
const readParticipantFields = recordOf(
  participantFields,
  // `purpose` is '' when the answer has none: every label reads it, and '' shows nothing rather than a guess.
  { required: ['id'], fallback: { attributes: emptyAttributes, purpose: () => '' } },
)
export const readParticipant = withUnreadableAttributes(readParticipantFields)
export type Participant = NonNullable<ReturnType<typeof readParticipant>>

/**
 * A participant as an event names it: nothing is filled in. An event without `attributes` (or `purpose`) says
 * nothing about them, so merging it must keep what the cache has rather than empty it.
 */
const readEventParticipantFields = recordOf(participantFields, { required: ['id'] })
export const readEventParticipant = withUnreadableAttributes(readEventParticipantFields)
export type EventParticipant = NonNullable<ReturnType<typeof readEventParticipant>>

const participantList = listOf(readParticipant)
const noParticipants = (): Participant[] => []

const readConversation = recordOf(
  {
    id: text,
    name: text,
    startTime: text,
    endTime: text,
    address: text,
    participants: participantList,
    selfUri: text,
  },
  { required: ['id'], fallback: { participants: noParticipants } },
)
/** `problems` lists what was left out (an unreadable participant, a non-string attribute value, ...). */
export type Conversation = NonNullable<ReturnType<typeof readConversation>> & {
  readonly problems?: readonly ReadProblem[]
}
export const conversationSchema = tolerantSchema(readConversation, 'the conversation cannot be read')

const readConversationListing = recordOf(
  {
    entities: listOf(readConversation),
    pageSize: count,
    pageNumber: count,
    total: count,
    pageCount: count,
  },
  { fallback: { entities: () => [] } },
)
export const conversationListingSchema = tolerantSchema(
  readConversationListing,
  'the conversation list cannot be read',
)
export type ConversationListing = z.infer<typeof conversationListingSchema>

/** What a participant carries in the call-leg view. */
const callLegFields = {
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

/** GET /api/v2/conversations/calls/{id}: participants are flattened call legs with their own state. */
export const callMediaParticipantSchema = z.looseObject({
  ...callLegFields,
  state: z.optional(z.string()),
  direction: z.optional(z.string()),
})
export const callConversationSchema = z.looseObject({
  id: z.string(),
  participants: z.array(callMediaParticipantSchema),
  selfUri: z.optional(z.string()),
})
export type CallConversation = z.infer<typeof callConversationSchema>

/**
 * GET /api/v2/users/me. Every field but `id` may be absent or null; a role without a name is still a role, and
 * the permissions are read whatever the roles look like (they decide supervisor or agent).
 */
const readUser = recordOf(
  {
    id: text,
    name: text,
    email: text,
    username: text,
    state: text,
    authorization: recordOf(
      {
        roles: listOf(recordOf({ id: text, name: text })),
        permissions: listOf(text),
      },
      { fallback: { roles: () => [], permissions: () => [] } },
    ),
  },
  { required: ['id'] },
)
export const userSchema = tolerantSchema(readUser, 'the user cannot be read')
export type User = z.infer<typeof userSchema>

/** PATCH .../participants/{pid}/attributes request body (and the media-specific variants' 202 body). */
export const attributesPatchSchema = z.object({ attributes: attributeMapSchema })
export type AttributesPatch = z.infer<typeof attributesPatchSchema>

/**
 * The Genesys error body. Every field is optional on the wire; the widget fills gaps from the HTTP status. Each
 * field is read on its own, so one odd field (a number in `messageParams`, a null) never costs the error text.
 */
const lenient = <T>(schema: z.ZodMiniType<T>) => z.catch(z.optional(schema), undefined)
const paramValues = z.pipe(
  z.record(z.string(), z.unknown()),
  z.transform((params): Record<string, string> => {
    const out: Record<string, string> = {}
    for (const [name, value] of Object.entries(params)) {
      // Numbers and booleans read as the text Genesys would have put into messageWithParams; others are left out.
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        Object.defineProperty(out, name, { value: String(value), enumerable: true, writable: true })
      }
    }
    return out
  }),
)
export const errorBodySchema = z.looseObject({
  message: lenient(z.string()),
  code: lenient(z.string()),
  status: lenient(z.number()),
  messageWithParams: lenient(z.string()),
  messageParams: lenient(paramValues),
  contextId: lenient(z.string()),
  details: lenient(z.array(z.unknown())),
  errors: lenient(z.array(z.unknown())),
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
/** Without id and connectUri a channel is of no use; an unreadable `expires` only means "end unknown". */
export const channelSchema = z.looseObject({
  id: z.string(),
  connectUri: z.string(),
  expires: lenient(z.string()),
})
export type Channel = z.infer<typeof channelSchema>

/**
 * PUT .../subscriptions answers a `ChannelTopicEntityListing`: one `ChannelTopic` per topic, `state` Permitted or
 * Rejected (compared case-insensitively), with `rejectionReason` and `missingPermissions` when rejected.
 */
const readChannelTopic = recordOf(
  {
    id: text,
    state: text,
    rejectionReason: text,
    missingPermissions: listOf(text),
  },
  { required: ['id'] },
)
export type ChannelTopic = NonNullable<ReturnType<typeof readChannelTopic>>
export const subscriptionListingSchema = tolerantSchema(
  recordOf({ entities: listOf(readChannelTopic) }, { fallback: { entities: () => [] } }),
  'the subscription answer cannot be read',
  // Whether a topic is live rests on this answer: one that cannot be read in full is a malformed answer (retried
  // like any failure), never a reason to call a topic rejected.
  { wholeOrNothing: true },
)
export type SubscriptionListing = z.infer<typeof subscriptionListingSchema>

export const notificationEnvelopeSchema = z.looseObject({
  topicName: z.string(),
  version: z.optional(z.string()),
  eventBody: z.unknown(),
  metadata: z.optional(z.looseObject({ CorrelationId: z.optional(z.string()) })),
})
export type NotificationEnvelope = z.infer<typeof notificationEnvelopeSchema>

/**
 * A conversation event in the widget's view, whichever topic family it came from (event-schemas.ts maps each
 * one): the participants it names, each with the fields the event carries.
 */
export interface ConversationEvent {
  id: string
  name?: string
  address?: string
  participants: EventParticipant[]
  readonly problems?: readonly ReadProblem[]
}

export const heartbeatTopic = 'channel.metadata'
export const socketClosingTopic = 'v2.system.socket_closing'
export const userConversationsTopic = (userId: string): string => `v2.users.${userId}.conversations`
