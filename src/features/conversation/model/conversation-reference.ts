import * as z from 'zod/mini'

const conversationIdSchema = z.uuid()

/**
 * Supervisors paste whatever they have: a bare ID, or a link from the Genesys Cloud UI such as
 * https://apps.mypurecloud.com/directory/#/engage/admin/interactions/<id> or .../analytics/interactions/<id>/admin.
 * The last UUID in the text is taken as the conversation ID.
 */
export function parseConversationReference(input: string): string | undefined {
  const trimmed = input.trim()
  if (conversationIdSchema.safeParse(trimmed).success) return trimmed.toLowerCase()
  const matches = trimmed.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi)
  const last = matches?.at(-1)
  return last ? last.toLowerCase() : undefined
}
