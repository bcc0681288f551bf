import * as z from 'zod/mini'
import { attributeMapSchema, createAttributeMap, type AttributeMap } from '../../src/genesys/attribute-map.ts'

/*
 * The customer leg of a conversation, from either source the service reads: a queue event
 * (QueueConversationEventTopicConversation: participants with `address`, calls[] with `self`/`other` addresses,
 * no ani/dnis) or the REST Conversation (participants with `ani`/`dnis`). Every field is optional in both SDK
 * models, so everything here is too; a leg without a usable id is no leg.
 */

const addressSchema = z.looseObject({ addressNormalized: z.optional(z.string()) })
const communicationSchema = z.looseObject({
  state: z.optional(z.string()),
  self: z.optional(addressSchema),
  other: z.optional(addressSchema),
})
const legSchema = z.looseObject({
  id: z.optional(z.string()),
  purpose: z.optional(z.string()),
  address: z.optional(z.string()),
  ani: z.optional(z.string()),
  dnis: z.optional(z.string()),
  startTime: z.optional(z.string()),
  connectedTime: z.optional(z.string()),
  endTime: z.optional(z.string()),
  attributes: z.optional(z.nullable(attributeMapSchema)),
  calls: z.optional(z.array(communicationSchema)),
})
export const conversationSnapshotSchema = z.looseObject({
  id: z.string(),
  participants: z._default(z.array(legSchema), []),
})
export type ConversationSnapshot = z.infer<typeof conversationSnapshotSchema>

export interface CustomerLeg {
  conversationId: string
  participantId: string
  /** E.164 without `tel:`, or undefined when neither source names it. */
  ani: string | undefined
  dnis: string | undefined
  attributes: AttributeMap
  /** When the leg started (ms), for the end-to-end latency figure. */
  startedAt: number | undefined
}

const endedStates = new Set(['disconnected', 'terminated'])

/** `tel:+4930123` and `+4930123` are the same caller. */
export function normalizePhone(text: string | undefined): string | undefined {
  const trimmed = text?.trim().replace(/^tel:/i, '').trim()
  return trimmed ? trimmed : undefined
}

/** The connected customer leg, or undefined (no customer, or the caller already hung up). */
export function customerLeg(conversation: ConversationSnapshot): CustomerLeg | undefined {
  const legs = conversation.participants.filter((p) => p.purpose === 'customer' && p.id)
  const live = legs.filter((p) => {
    const calls = p.calls ?? []
    return (
      p.endTime === undefined && (calls.length === 0 || !calls.every((c) => endedStates.has(c.state ?? '')))
    )
  })
  const leg = live[live.length - 1]
  if (!leg?.id) return undefined
  const call = leg.calls?.[0]
  const started = Date.parse(leg.startTime ?? leg.connectedTime ?? '')
  return {
    conversationId: conversation.id,
    participantId: leg.id,
    ani: normalizePhone(leg.ani ?? call?.self?.addressNormalized ?? leg.address),
    dnis: normalizePhone(leg.dnis ?? call?.other?.addressNormalized),
    attributes: leg.attributes ?? createAttributeMap(),
    startedAt: Number.isNaN(started) ? undefined : started,
  }
}
