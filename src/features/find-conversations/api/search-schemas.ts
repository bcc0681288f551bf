import * as z from 'zod/mini'
import { attributeMapSchema } from '../../../genesys/attribute-map.ts'

/*
 * The answers the supervisor search reads, per the SDK models (every field optional, as there): analytics
 * AnalyticsConversationQueryResponse, JsonCursorSearchResponse (whose `results` the SDK leaves untyped: we read the
 * conversation id of each entry and nothing else), QueueEntityListing, UserEntityListing and the async details
 * job answers, whose AnalyticsParticipant carries `attributes`.
 */

const segmentSchema = z.looseObject({ queueId: z.optional(z.string()) })
const sessionSchema = z.looseObject({
  mediaType: z.optional(z.string()),
  ani: z.optional(z.string()),
  dnis: z.optional(z.string()),
  segments: z._default(z.array(segmentSchema), []),
})
const analyticsParticipantSchema = z.looseObject({
  participantId: z.optional(z.string()),
  participantName: z.optional(z.string()),
  purpose: z.optional(z.string()),
  userId: z.optional(z.string()),
  sessions: z._default(z.array(sessionSchema), []),
  attributes: z.optional(attributeMapSchema),
})
export const analyticsConversationSchema = z.looseObject({
  conversationId: z.string(),
  conversationStart: z.optional(z.string()),
  conversationEnd: z.optional(z.string()),
  participants: z._default(z.array(analyticsParticipantSchema), []),
})
export type AnalyticsConversation = z.infer<typeof analyticsConversationSchema>

export const detailsQueryAnswerSchema = z.looseObject({
  conversations: z._default(z.array(analyticsConversationSchema), []),
  totalHits: z._default(z.number(), 0),
})

export const attributeSearchAnswerSchema = z.looseObject({
  results: z._default(z.array(z.looseObject({ conversationId: z.string() })), []),
  cursor: z.optional(z.string()),
})

const namedSchema = z.looseObject({ id: z.string(), name: z.optional(z.string()) })
export const namedListingSchema = z.looseObject({
  entities: z._default(z.array(namedSchema), []),
  /** Absent or unreadable: treated as the last page, so a listing never loops. */
  pageCount: z.catch(z.optional(z.number()), undefined),
})
export type Named = z.infer<typeof namedSchema>

export const jobAnswerSchema = z.looseObject({ jobId: z.string() })
export const jobStatusSchema = z.looseObject({
  state: z.optional(z.string()),
  errorMessage: z.optional(z.string()),
})
export const jobResultsSchema = z.looseObject({
  conversations: z._default(z.array(analyticsConversationSchema), []),
  cursor: z.optional(z.string()),
})
