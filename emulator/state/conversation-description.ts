import { z } from 'zod'
import { attributeMapSchema } from '../../src/genesys/attribute-map.ts'
import { nullableParticipantFields } from './model.ts'

/*
 * The JSON description of a conversation that POST /__admin/conversations accepts and the seed is written in.
 * Everything but the participants' purposes is optional so a test can state only what it cares about.
 */

export const mediaTypes = ['call', 'message', 'chat', 'email', 'callback'] as const
export type MediaType = (typeof mediaTypes)[number]

const isoTime = z.iso.datetime({ offset: true })

export const participantDescriptionSchema = z.strictObject({
  id: z.string().min(1).optional(),
  purpose: z.string().min(1),
  name: z.string().optional(),
  userId: z.string().min(1).optional(),
  queueId: z.string().min(1).optional(),
  address: z.string().optional(),
  ani: z.string().optional(),
  dnis: z.string().optional(),
  attributes: z.optional(attributeMapSchema),
  /** Defaults to the conversation's media. */
  media: z.enum(mediaTypes).optional(),
  /** Communication state, e.g. connected, alerting, disconnected. Default connected. */
  state: z.string().min(1).optional(),
  direction: z.enum(['inbound', 'outbound']).optional(),
  /** messages[] only, e.g. webmessaging, sms. */
  messageType: z.string().optional(),
  startTime: isoTime.optional(),
  connectedTime: isoTime.optional(),
  endTime: isoTime.optional(),
  disconnectType: z.string().optional(),
  /** Real-world oddities on the wire: no `attributes` key, or `null` in optional fields (docs/EMULATOR.md). */
  wire: z
    .strictObject({
      omitAttributes: z.boolean().optional(),
      nullFields: z.array(z.enum(nullableParticipantFields)).max(nullableParticipantFields.length).optional(),
    })
    .optional(),
})
export type ParticipantDescription = z.infer<typeof participantDescriptionSchema>

export const conversationDescriptionSchema = z.strictObject({
  id: z.string().min(1).optional(),
  name: z.string().optional(),
  address: z.string().optional(),
  media: z.enum(mediaTypes).default('call'),
  startTime: isoTime.optional(),
  /** Create it already ended (endTime = now unless given). */
  ended: z.boolean().default(false),
  endTime: isoTime.optional(),
  participants: z.array(participantDescriptionSchema).min(1).max(50),
})
export type ConversationDescription = z.input<typeof conversationDescriptionSchema>
export type ParsedConversationDescription = z.output<typeof conversationDescriptionSchema>
