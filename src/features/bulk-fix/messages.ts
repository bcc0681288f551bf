import type { MessageBundle } from '../../ui/i18n.tsx'

const en = {
  heading: 'Correct many conversations',
  fromSearch: {
    one: 'Apply values to the {count} conversation of the search result.',
    other: 'Apply values to the {count} conversations of the search result.',
  },
  valuesLabel: 'Values to apply (one NAME=value per line)',
  purposeLabel: 'Participant',
  purpose_customer: 'customer',
  purpose_agent: 'agent',
  purpose_acd: 'queue (ACD)',
  purpose_ivr: 'IVR',
  fileLabel: 'Corrections file (CSV or JSON)',
  pasteLabel: 'Or paste corrections',
  fileHint:
    'CSV: a conversationId column, optionally purpose or participantId, one column per attribute, and expected:NAME for the value you expect now. JSON: [{"conversationId", "purpose", "attributes", "expected"}].',
  inputProblems: {
    one: '{count} line could not be used (no conversation or no values).',
    other: '{count} lines could not be used (no conversation or no values).',
  },
  nothingToDo: 'There is nothing to correct: give at least one conversation and one value.',
  dryRun: 'Dry run',
  checking: 'Checking {done} of {total} conversations…',
  dryRunSummary:
    'Dry run: {planned} to change, {unchanged} already correct, {conflicts} with conflicts, {refused} refused by policy, {missing} not found.',
  tableLabel: 'Dry run per conversation',
  colConversation: 'Conversation',
  colChanges: 'Changes',
  colConflicts: 'Conflicts',
  colRefused: 'Refused by policy',
  colStatus: 'Status',
  none: '(none)',
  run: 'Run correction',
  pause: 'Pause',
  resume: 'Resume',
  discard: 'Discard',
  startNew: 'Start a new correction',
  progressLabel: 'Correction progress',
  progress: '{done} of {total} done',
  timeLeft: 'about {seconds} s left',
  pausing: 'Pausing after the conversations in progress…',
  paused: 'Paused: {done} of {total} done. Nothing is lost; Resume continues where it stopped.',
  interrupted:
    'This correction was interrupted (the page was reloaded). Resume checks any conversation that was being written by reading it, and never writes it twice.',
  finished:
    'Finished: {done} corrected, {unchanged} already correct, {conflicts} conflicts, {refused} refused, {unconfirmed} not confirmed, {failed} failed.',
  requests: {
    one: '{count} request to Genesys Cloud, within the rate limit.',
    other: '{count} requests to Genesys Cloud, within the rate limit.',
  },
  exportCsv: 'Export report (CSV)',
  exportJson: 'Export report (JSON)',
  status_planned: 'to change',
  status_unchanged: 'already correct',
  status_missing: 'not found',
  status_sending: 'being written',
  status_done: 'corrected',
  status_conflict: 'conflict',
  status_refused: 'refused by policy',
  status_unconfirmed: 'not confirmed: check it',
  status_failed: 'failed',
}

export type BulkFixMessageKey = keyof typeof en

export const bulkFixMessages: MessageBundle<BulkFixMessageKey> = { id: 'bulk-fix', en }
