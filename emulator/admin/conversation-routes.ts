import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { attributeMapSchema } from '../../src/genesys/attribute-map.ts'
import type { Exchange } from '../context.ts'
import { GenesysError, notFound } from '../http/genesys-error.ts'
import { sendJson } from '../http/respond.ts'
import { publishConversationChange } from '../notifications/publish.ts'
import { scheduleAttributeWrite } from '../attribute-writes.ts'
import { buildConversation, endConversation } from '../state/conversation-builder.ts'
import {
  conversationDescriptionSchema,
  participantDescriptionSchema,
} from '../state/conversation-description.ts'
import type { StoredConversation } from '../state/model.ts'
import { conversationWire } from '../state/wire.ts'
import { parseAdminBody } from './admin-body.ts'

function existing(ex: Exchange): StoredConversation {
  const conversation = ex.ctx.state.conversations.get(ex.params.conversationId ?? '')
  if (!conversation) throw notFound('conversation')
  return conversation
}

function store(ex: Exchange, conversation: StoredConversation): void {
  ex.ctx.state.conversations.set(conversation.id, conversation)
  publishConversationChange(ex.ctx, conversation)
}

/** POST /__admin/conversations: create from a description; answers 201 with the conversation (all ids). */
export async function postConversation(ex: Exchange): Promise<void> {
  const description = await parseAdminBody(ex, conversationDescriptionSchema)
  if (description.id !== undefined && ex.ctx.state.conversations.has(description.id)) {
    throw new GenesysError(409, 'conflict', `Conversation ${description.id} already exists.`)
  }
  const conversation = buildConversation(description, new Date(ex.ctx.now()), randomUUID)
  store(ex, conversation)
  sendJson(ex.res, 201, conversationWire(conversation))
}

/** POST /__admin/conversations/{id}/participants: a transfer or consult adds a leg. */
export async function postParticipant(ex: Exchange): Promise<void> {
  const conversation = existing(ex)
  const description = await parseAdminBody(ex, participantDescriptionSchema)
  const media = conversation.participants[0]?.media === 'messages' ? 'message' : 'call'
  const built = buildConversation(
    { media, ended: false, participants: [description], startTime: new Date(ex.ctx.now()).toISOString() },
    new Date(ex.ctx.now()),
    randomUUID,
  )
  const participant = built.participants[0]
  if (!participant) throw new GenesysError(500, 'internal.error', 'No participant built.')
  if (conversation.participants.some((p) => p.id === participant.id)) {
    throw new GenesysError(409, 'conflict', `Participant ${participant.id} already exists.`)
  }
  const updated = { ...conversation, participants: [...conversation.participants, participant] }
  store(ex, updated)
  sendJson(ex.res, 201, conversationWire(updated))
}

const adminWriteSchema = z.strictObject({
  attributes: attributeMapSchema,
  /** Who wrote it, for the write log: an Architect flow, another agent, an outside system. */
  source: z.string().min(1).default('flow'),
  by: z.string().min(1).optional(),
  /** Apply later instead of at once, e.g. to race a widget's own write. */
  delayMs: z.number().int().nonnegative().max(600_000).default(0),
})

/** POST /__admin/conversations/{id}/participants/{pid}/attributes: merged like the API, no size limits. */
export async function postAdminAttributes(ex: Exchange): Promise<void> {
  const conversation = existing(ex)
  const participant = conversation.participants.find((p) => p.id === ex.params.participantId)
  if (!participant) throw notFound('participant')
  const body = await parseAdminBody(ex, adminWriteSchema)
  const entry = scheduleAttributeWrite(ex.ctx, {
    conversationId: conversation.id,
    participantId: participant.id,
    patch: body.attributes,
    by: body.by ?? body.source,
    source: body.source,
    delayMs: body.delayMs,
  })
  sendJson(ex.res, body.delayMs > 0 ? 202 : 200, entry)
}

/** POST /__admin/conversations/{id}/end: every leg terminated; it leaves GET /api/v2/conversations. */
export function postEndConversation(ex: Exchange): void {
  const ended = endConversation(existing(ex), new Date(ex.ctx.now()).toISOString())
  store(ex, ended)
  sendJson(ex.res, 200, conversationWire(ended))
}
