import { attributesPatchSchema } from '../../src/genesys/schemas.ts'
import type { AttributeMap } from '../../src/genesys/attribute-map.ts'
import type { Exchange } from '../context.ts'
import { readJsonBody } from '../http/body.ts'
import { badRequest, notFound } from '../http/genesys-error.ts'
import { sendEmpty, sendJson } from '../http/respond.ts'
import { scheduleAttributeWrite } from '../attribute-writes.ts'
import { checkAttributeWrite } from '../state/attributes.ts'
import { authenticate, visibleConversation } from './authenticate.ts'

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
 * PATCH /api/v2/conversations[/calls]/{id}/participants/{pid}/attributes: validate now, answer 202, apply after
 * writeDelayMs. The generic endpoint answers without a body; the calls/ variant echoes `{attributes}`.
 */
async function patchAttributes(ex: Exchange, variant: 'generic' | 'calls'): Promise<void> {
  const principal = authenticate(ex)
  const conversation = visibleConversation(ex, principal, ex.params.conversationId ?? '')
  const participant = conversation.participants.find((p) => p.id === ex.params.participantId)
  if (!participant || (variant === 'calls' && participant.media !== 'calls')) throw notFound('participant')
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
  if (variant === 'calls') sendJson(ex.res, 202, { attributes: patch })
  else sendEmpty(ex.res, 202)
}

export const patchParticipantAttributes = (ex: Exchange): Promise<void> => patchAttributes(ex, 'generic')
export const patchCallParticipantAttributes = (ex: Exchange): Promise<void> => patchAttributes(ex, 'calls')
