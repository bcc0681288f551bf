import { formatChanges, formatConflicts, quote } from './enrich-core.ts'
import { visibleLine } from './terminal-text.ts'
import type { EnrichOutcome, EnrichResult } from './enrich-run.ts'

export const exitCodes = { ok: 0, failure: 1, conflict: 2, notFound: 3, usage: 64 } as const

export function exitCodeFor(outcome: EnrichOutcome): number {
  switch (outcome) {
    case 'written':
    case 'unchanged':
    case 'dry-run':
      return exitCodes.ok
    case 'conflict':
    case 'superseded':
    case 'stopped':
      return exitCodes.conflict
    case 'not-found':
      return exitCodes.notFound
    case 'failed':
      return exitCodes.failure
  }
}

const headline: Record<EnrichOutcome, string> = {
  written: 'Written',
  unchanged: 'Nothing to change: the participant already holds these values',
  'dry-run': 'Dry run: nothing was sent. Would write',
  conflict: 'Conflict: nothing was written, the server no longer holds the expected values',
  superseded: 'Written, but another writer has since changed what it wrote or relied on',
  stopped: 'Stopped without resending: another writer changed these names while the tool waited to retry',
  'not-found': 'Not found',
  failed: 'Failed',
}

/** The human report, one entry per line: what changed (or would), what blocked it, what to do about a failure. */
export function formatReport(result: EnrichResult, targetLabel: string): { out: string[]; err: string[] } {
  const where = `conversation ${quote(result.conversationId)}${result.participantId ? `, participant ${quote(result.participantId)}` : ''} on ${targetLabel}`
  const out: string[] = []
  const err: string[] = []
  const showChanges =
    result.outcome === 'written' || result.outcome === 'dry-run' || result.outcome === 'superseded'
  const count = result.changes.length
  const lines = result.outcome === 'failed' || result.outcome === 'not-found' ? err : out
  lines.push(
    `${headline[result.outcome]}${showChanges ? ` ${count} attribute${count === 1 ? '' : 's'}` : ''} (${where})`,
  )
  if (showChanges) lines.push(...formatChanges(result.changes))
  if (result.conflicts.length > 0) lines.push(...formatConflicts(result.conflicts))
  if (result.unchanged.length > 0 && result.outcome !== 'conflict') {
    lines.push(`  = unchanged, not sent: ${result.unchanged.map((name) => quote(name)).join(', ')}`)
  }
  if (result.outcome === 'written') {
    lines.push(
      `  ${result.patchesSent} PATCH (${result.patchBytes} bytes); ${result.verified ? 'verified on the server' : 'not verified (--skip-verify)'}`,
    )
  }
  if (result.message) lines.push(`  ${result.message}`)
  if (result.error) {
    lines.push(`  ${result.error.message}`)
    if (result.error.contextId)
      lines.push(`  Genesys contextId: ${result.error.contextId} (quote it to Genesys support)`)
  }
  // Messages and ids come from the server: a control character in them must not reach the terminal.
  return { out: out.map(visibleLine), err: err.map(visibleLine) }
}
