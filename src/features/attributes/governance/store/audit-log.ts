import * as z from 'zod/mini'

const changeSchema = z.object({
  name: z.string(),
  oldValue: z.optional(z.string()),
  newValue: z.string(),
  masked: z.boolean(),
})

const entrySchema = z.object({
  at: z.number(),
  by: z.string(),
  /** A participant's id, or for conversation data the record's id (then `subject` says so). */
  participantId: z.string(),
  /** The participant's label, or the record's title. */
  participantLabel: z.string(),
  /**
   * Absent: a participant's attributes (every entry before conversation data was audited). Conversation data
   * (custom-attribute records) shares the conversation's history so a reader sees every change in one list.
   */
  subject: z.optional(z.literal('conversation-data')),
  changes: z.array(changeSchema),
})
export type AuditEntry = z.infer<typeof entrySchema>
export type AuditChange = z.infer<typeof changeSchema>

const entriesSchema = z.array(entrySchema)
/** Enough for a long shift; older entries fall off so sessionStorage never fills up. */
const keptEntries = 200
/**
 * And never more than this many characters per conversation: two bulk corrections of long values could otherwise
 * fill the storage that the staged edits need. The oldest entries go first; the newest is always kept.
 */
export const keptAuditCharacters = 200_000

export const auditKeyPrefix = 'pdw.audit.'
export const auditKeyOf = (conversationId: string) => `${auditKeyPrefix}${conversationId}`

export const noAuditEntries: readonly AuditEntry[] = []

/**
 * Commits made in this browser session, per conversation, newest first. Values arrive already masked where the
 * policy masks them (see auditEntryFor), so storage never holds a value the user was not allowed to see.
 * Anything unreadable counts as no history rather than breaking the panel.
 */
export function parseAuditLog(raw: string | null): readonly AuditEntry[] {
  if (raw === null) return noAuditEntries
  try {
    const parsed = entriesSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : noAuditEntries
  } catch {
    return noAuditEntries
  }
}

/** The newest entry first, within the kept count and characters; returns the log and its stored text. */
export function addAuditEntry(
  log: readonly AuditEntry[],
  entry: AuditEntry,
): { entries: readonly AuditEntry[]; text: string } {
  const entries = [entry, ...log].slice(0, keptEntries)
  let text = JSON.stringify(entries)
  while (text.length > keptAuditCharacters && entries.length > 1) {
    entries.pop()
    text = JSON.stringify(entries)
  }
  return { entries, text }
}
