import { csvField, defuseFormula } from '../../attributes/bulk-correction-seam.ts'
import type { Journal } from './run-journal.ts'

/*
 * The per-conversation report of a bulk correction. CSV cells are defused like the attribute export (a cell that
 * starts with = + - @ gets an apostrophe, so a spreadsheet does not run it); JSON keeps values exactly.
 */

const header = [
  'conversationId',
  'conversation',
  'status',
  'participantId',
  'changes',
  'conflicts',
  'refused',
  'error',
]

export function reportRows(journal: Journal): string[][] {
  return journal.items.map((item) => [
    item.conversationId,
    item.label ?? '',
    item.status,
    item.participantId ?? '',
    item.diff.map((d) => `${d.name}: ${d.from ?? '(none)'} → ${d.to}`).join('; '),
    item.conflicts.join('; '),
    item.refused.join('; '),
    item.error ?? '',
  ])
}

export function reportCsv(journal: Journal): string {
  return `${[header, ...reportRows(journal)].map((row) => row.map((cell) => csvField(defuseFormula(cell))).join(',')).join('\r\n')}\r\n`
}

export function reportJson(journal: Journal): string {
  return `${JSON.stringify(
    {
      createdAt: new Date(journal.createdAt).toISOString(),
      ...(journal.finishedAt !== undefined && { finishedAt: new Date(journal.finishedAt).toISOString() }),
      requests: journal.requests,
      conversations: journal.items.map((item) => ({
        conversationId: item.conversationId,
        label: item.label,
        status: item.status,
        participantId: item.participantId,
        changes: item.diff,
        sent: item.sent,
        conflicts: item.conflicts,
        refused: item.refused,
        error: item.error,
      })),
    },
    null,
    2,
  )}\n`
}
