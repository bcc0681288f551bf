import type { MessageBundle } from '../../../ui/i18n.tsx'

// The strings of bulk corrections, export and the audit history: only the governance-tools chunk imports this
// file, so they load with that chunk instead of with the page.
const en = {
  bulkHeading: 'Bulk corrections',
  bulkLabel: 'Corrections: a JSON object or CSV/TSV lines of name,value',
  bulkHint:
    'Paste or drop a file. Header “name,value” is optional; quote fields that hold commas or line breaks. Nothing is sent until you commit.',
  bulkFile: 'Choose a file',
  bulkStage: 'Stage corrections',
  bulkStaged: {
    one: 'Staged {count} correction from {format}. Review it, then commit.',
    other: 'Staged {count} corrections from {format}. Review them, then commit.',
  },
  bulkNothing: 'Nothing to stage: every value already matches.',
  bulkRestored: {
    one: 'This is a CSV exported here: the apostrophe the export puts before {count} cell starting with = + - @ (so spreadsheets do not run it as a formula) was removed again.',
    other:
      'This is a CSV exported here: the apostrophe the export puts before {count} cells starting with = + - @ (so spreadsheets do not run them as formulas) was removed again.',
  },
  bulkSkipped: {
    one: '{count} line was left out on purpose:',
    other: '{count} lines were left out on purpose:',
  },
  bulkSkippedMasked: '“{name}”: masked in the export (dots); a masked value is never written back.',
  bulkSkippedReadOnly: '“{name}”: your role may not change it, and the file holds its current value.',
  bulkRefused: 'Nothing was staged. Correct these lines and try again:',
  bulkLine: 'Line {line}',
  bulkWhole: 'Whole list',
  bulk_json_syntax: 'Not valid JSON: {detail}',
  bulk_json_not_object: 'JSON must be an object of names to text values, e.g. {"Name": "value"}.',
  bulk_value_not_string: '“{name}”: the value must be text (in quotes).',
  bulk_field_count: {
    one: 'Expected 2 fields (name, value), found {count}.',
    other: 'Expected 2 fields (name, value), found {count}.',
  },
  bulk_unterminated_quote: 'A quoted field is never closed.',
  bulk_duplicate_name: '“{name}” appears again (first on line {earlier}).',
  bulk_empty: 'Paste corrections first.',
  bulk_policy: '“{name}”: your role may not change this name (attribute policy).',
  bulk_policy_reason: '“{name}”: your role may not change this name: {reason}',
  bulk_invalid: '“{name}”: {detail}',
  exportHeading: 'Export',
  exportJson: 'Export JSON',
  exportJsonLabel: 'Export attributes of {participant} as JSON',
  exportCsv: 'Export CSV',
  exportCsvLabel: 'Export attributes of {participant} as CSV',
  exportNote: 'Hidden names are left out; masked values are exported as dots.',
  exportNoteUnmasked:
    'Hidden names are left out; masked values are exported in clear (allowed by the policy).',
  auditHeading: 'History of this conversation (this browser session)',
  auditEmpty: 'No commits from this browser session yet.',
  auditEntry: '{time} · {who} · {participant}',
  auditEntryRecord: '{time} · {who} · Conversation data “{participant}”',
  auditName: 'Name',
  auditOld: 'Old value',
  auditNew: 'New value',
  notSet: '(not set)',
  emptyValue: '(empty)',
}

export type GovernanceToolsMessageKey = keyof typeof en

export const governanceToolsMessages: MessageBundle<GovernanceToolsMessageKey> = {
  id: 'governance-tools',
  en,
}
