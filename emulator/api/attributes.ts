import { attributesPatchSchema } from '../../src/genesys/schemas.ts'
import type { AttributeMap } from '../../src/genesys/attribute-map.ts'
import type { Exchange } from '../context.ts'
import { readJsonBody } from '../http/body.ts'
import { badRequest, notFound } from '../http/genesys-error.ts'
import { sendEmpty, sendJson } from '../http/respond.ts'
import { scheduleAttributeWrite } from '../attribute-writes.ts'
import { checkAttributeWrite } from '../state/attributes.ts'
import { authenticate, visibleConversation } from './authenticate.ts'
import type { SdkParticipantAttributes } from '../state/sdk-models.ts'

/** Parses `{attributes: {name: string}}`; a non-string value is a 400 that names the attribute. */
export function parseAttributesBody(body: unknown): AttributeMap {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('attributes' in body)) {
    throw badRequest('The request body must be an object with an "attributes" map.')
  }
  const parsed = attributesPatchSchema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const name = issue?.path[1]
    throw badRequest(issue?.message ?? 'Invalid attributes.', typeof name === 'string' ? { name } : {})
  }
  return parsed.data.attributes
}

/**
 * The media whose own attributes PATCH the SDK documents (ConversationsApi: patchConversationsCall-, -Callback-,
 * -Email-, -MessageParticipantAttributes; each answers ParticipantAttributes). Chats have none; the cobrowse one
 * is deprecated and not modelled.
 */
export const mediaAttributeMedia = ['calls', 'callbacks', 'emails', 'messages'] as const
export type AttributeMedia = (typeof mediaAttributeMedia)[number]

/**
 * PATCH /api/v2/conversations[/{media}]/{id}/participants/{pid}/attributes: validate now, answer 202, apply after
 * writeDelayMs; one write path, so delays, the write log and faults are the same for every variant. The generic
 * endpoint answers without a body; a media variant answers `{attributes}` (the names sent) and knows only its own
 * media's participants.
 */
async function patchAttributes(ex: Exchange, media: AttributeMedia | 'generic'): Promise<void> {
  const principal = authenticate(ex)
  const conversation = visibleConversation(ex, principal, ex.params.conversationId ?? '')
  const participant = conversation.participants.find((p) => p.id === ex.params.participantId)
  if (!participant || (media !== 'generic' && participant.media !== media)) throw notFound('participant')
  const patch = parseAttributesBody(await readJsonBody(ex.req, ex.ctx.settings.maxBodyBytes))
  const rejection = checkAttributeWrite(participant.attributes, patch, ex.ctx.settings)
  if (rejection) throw badRequest(rejection.message, rejection.messageParams)
  scheduleAttributeWrite(ex.ctx, {
    conversationId: conversation.id,
    participantId: participant.id,
    patch,
    by: principal.actor,
    source: 'api',
    delayMs: ex.ctx.settings.writeDelayMs,
  })
  if (media === 'generic') {
    sendEmpty(ex.res, 202)
    return
  }
  const answer: SdkParticipantAttributes = { attributes: { ...patch } }
  sendJson(ex.res, 202, answer)
}

export const patchParticipantAttributes = (ex: Exchange): Promise<void> => patchAttributes(ex, 'generic')
export const patchMediaParticipantAttributes =
  (media: AttributeMedia) =>
  (ex: Exchange): Promise<void> =>
    patchAttributes(ex, media)
