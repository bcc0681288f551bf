import * as z from 'zod/mini'
import { attributeMapSchema, type AttributeMap } from '../../../genesys/attribute-map.ts'

/*
 * The journal of one bulk correction: what the dry run found per conversation and how far the run got. It is
 * written to sessionStorage before every PATCH, so a reload resumes where it stopped: a conversation marked
 * `sending` may have been written, and is checked by reading, never sent again blindly.
 */

export type ItemStatus =
  /** Dry run: something to send. */
  | 'planned'
  /** Dry run or run: the conversation already holds every value. */
  | 'unchanged'
  /** Not found, or no participant with that purpose. */
  | 'missing'
  /** The PATCH is about to go or went; not yet confirmed by a read. */
  | 'sending'
  /** The read back shows every value sent. */
  | 'done'
  /** Everything left to send was held back: another writer changed it since the dry run (or the file expected otherwise). */
  | 'conflict'
  /** Every name is one the policy does not let this user write. */
  | 'refused'
  /** Sent, and the read back did not show it within the confirmation window: check it, never resent by itself. */
  | 'unconfirmed'
  /** Refused by the platform before it acted (400, 403, 404...). */
  | 'failed'

const pairSchema = z.object({ name: z.string(), value: z.nullable(z.string()) })
const diffSchema = z.object({ name: z.string(), from: z.optional(z.string()), to: z.string() })

const itemSchema = z.object({
  conversationId: z.string().check(z.minLength(1)),
  label: z.optional(z.string()),
  participantId: z.optional(z.string()),
  purpose: z.string(),
  values: attributeMapSchema,
  expected: attributeMapSchema,
  status: z.enum([
    'planned',
    'unchanged',
    'missing',
    'sending',
    'done',
    'conflict',
    'refused',
    'unconfirmed',
    'failed',
  ]),
  diff: z._default(z.array(diffSchema), []),
  conflicts: z._default(z.array(z.string()), []),
  refused: z._default(z.array(z.string()), []),
  /** Server values the last plan was made against: the base of the next. */
  seen: z._default(z.array(pairSchema), []),
  /** The PATCH body of a `sending`/`done`/`unconfirmed` item. */
  sent: z._default(z.array(pairSchema), []),
  error: z.optional(z.string()),
})
export type JournalItem = z.infer<typeof itemSchema>

export const journalSchema = z.object({
  version: z.literal(1),
  id: z.string(),
  createdAt: z.number(),
  phase: z.enum(['planning', 'planned', 'running', 'paused', 'finished']),
  items: z.array(itemSchema),
  /** Requests this correction made, dry run included. */
  requests: z.number(),
  runStartedAt: z.optional(z.number()),
  /** Time spent running, over every resumed stretch, for "time left". */
  runMs: z._default(z.number(), 0),
  /** Conversations the run (not the dry run) has finished: the pace behind "time left". */
  ranCount: z._default(z.number(), 0),
  finishedAt: z.optional(z.number()),
})
export type Journal = z.infer<typeof journalSchema>

export function newJournal(
  id: string,
  now: number,
  items: ReadonlyArray<{
    conversationId: string
    label?: string | undefined
    participantId?: string | undefined
    purpose: string
    values: AttributeMap
    expected: AttributeMap
  }>,
): Journal {
  return {
    version: 1,
    id,
    createdAt: now,
    phase: 'planning',
    requests: 0,
    runMs: 0,
    ranCount: 0,
    items: items.map((i) => ({
      conversationId: i.conversationId,
      ...(i.label !== undefined && { label: i.label }),
      ...(i.participantId !== undefined && { participantId: i.participantId }),
      purpose: i.purpose,
      values: i.values,
      expected: i.expected,
      status: 'planned',
      diff: [],
      conflicts: [],
      refused: [],
      seen: [],
      sent: [],
    })),
  }
}

/** Items the run still has to do; `sending` ones first need a read. */
export function itemsToRun(journal: Journal): number[] {
  return journal.items.flatMap((item, i) =>
    item.status === 'planned' || item.status === 'sending' ? [i] : [],
  )
}

export function replaceItem(journal: Journal, index: number, item: JournalItem): Journal {
  const items = journal.items.slice()
  items[index] = item
  return { ...journal, items }
}

export const finalStatuses: ReadonlySet<ItemStatus> = new Set([
  'unchanged',
  'missing',
  'done',
  'conflict',
  'refused',
  'unconfirmed',
  'failed',
])

export interface Progress {
  readonly total: number
  readonly finished: number
  readonly byStatus: Readonly<Record<ItemStatus, number>>
  /** Estimated from the pace so far; undefined before the first conversation is done. */
  readonly msLeft: number | undefined
}

export function progressOf(journal: Journal, runMsNow: number): Progress {
  const byStatus: Record<ItemStatus, number> = {
    planned: 0,
    unchanged: 0,
    missing: 0,
    sending: 0,
    done: 0,
    conflict: 0,
    refused: 0,
    unconfirmed: 0,
    failed: 0,
  }
  for (const item of journal.items) byStatus[item.status] += 1
  const left = byStatus.planned + byStatus.sending
  const total = journal.items.length
  const finished = total - left
  const msLeft =
    journal.ranCount > 0 && runMsNow > 0 ? Math.round((runMsNow / journal.ranCount) * left) : undefined
  return { total, finished, byStatus, msLeft: left === 0 ? 0 : msLeft }
}
