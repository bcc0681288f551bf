import type { MessageBundle } from '../../ui/i18n.tsx'

const en = {
  heading: 'Conversation data',
  loading: 'Loading conversation data…',
  forbidden:
    'Conversation data is not shown: your role lacks the permission conversation:customAttributes:view.',
  noSchemas: 'Conversation data is not set up in this org (it has no custom attribute schemas).',
  noRecords: 'No conversation data has been recorded for this conversation.',
  loadFailed: 'Conversation data could not be loaded: {message}',
  retry: 'Try again',
  version: 'version {version}',
  pollNote: 'Refreshed every {seconds} s while visible (Genesys sends no notification for this data).',
  required: 'required',
  readOnly: 'Not editable here (type not supported); shown as stored.',
  empty: '(empty)',
  none: '(none)',
  yes: 'Yes',
  no: 'No',
  stagedBadge: 'staged',
  serverWas: 'on the server: {value}',
  characters: { one: '{count} of {max} characters', other: '{count} of {max} characters' },
  undo: 'Undo change to {field}',
  stagedCount: { one: '{count} staged', other: '{count} staged' },
  review: 'Review conversation data changes',
  hideReview: 'Hide review',
  discard: 'Discard conversation data changes',
  commit: 'Commit conversation data',
  committing: 'Saving conversation data…',
  committed: {
    one: 'Saved to the conversation data: {count} field written.',
    other: 'Saved to the conversation data: {count} fields written.',
  },
  reviewCaption: 'Conversation data changes',
  reviewField: 'Field',
  reviewBefore: 'Now on the server',
  reviewAfter: 'After commit',
  conflictHeading: 'Changed by someone else while you edited',
  conflictRefused:
    'Genesys Cloud refused the write: the record changed meanwhile (now version {version}). Choose for each field, then commit again.',
  conflictSeen:
    'Someone else changed fields you edited (the record is now version {version}). Choose for each field, then commit.',
  conflictMine: 'Yours: {value}',
  conflictTheirs: 'Theirs: {value}',
  keepMine: 'Keep mine for {field}',
  takeTheirs: 'Take theirs for {field}',
  rebased:
    'The record changed meanwhile, but not in the fields you edited. Your changes now rest on version {version}: commit again.',
  commitFailed: 'Not saved: {message} Your changes are kept.',
  commitForbidden:
    'Not saved: your role may not change conversation data (conversation:customAttributes:edit). Your changes are kept.',
  commitUncertain:
    'The answer to the save was lost, and a fresh read does not show your changes. They are kept: commit again.',
  savedAnswerLost: 'Saved ✓ {fields}. Its answer was lost, but the server shows it.',
  conflictBlocks: 'Resolve the fields changed by someone else before committing.',
  invalidBlocks: 'A staged value does not fit the schema any more: {message}',
  notStaged: 'Not staged.',
  rule_required: '{field} is required: it cannot be emptied.',
  rule_type_number: '{field} must be a number (digits with one decimal point or comma).',
  rule_type_integer: '{field} must be a whole number.',
  rule_type_text: '{field} must be text.',
  rule_type_boolean: '{field} must be yes or no.',
  rule_enum: '{field} must be one of the values the schema lists.',
  rule_minLength: '{field} must have at least {limit} characters.',
  rule_maxLength: '{field} must have at most {limit} characters.',
  rule_minimum: '{field} must be at least {limit}.',
  rule_maximum: '{field} must be at most {limit}.',
  rule_format: '{field} must be a date and time written {limit}.',
  rule_unknown: '{field} is not a field of this record’s schema.',
  policyHidden: {
    one: '{count} field of this record is hidden by the attribute policy.',
    other: '{count} fields of this record are hidden by the attribute policy.',
  },
  policyMasked: 'Masked by the attribute policy: the value is not shown and cannot be changed here.',
  policyReadOnly: 'Your role may not change “{field}” (attribute policy).',
  policyBlocks:
    'Not sent: your role may not change “{field}” (attribute policy). A change was staged before the policy applied; drop it to commit.',
  policyDrop: 'Drop change to {field}',
  policyRefusedCommit:
    'Not sent: your role may not change {fields} (attribute policy). Nothing was written; drop those changes to commit the others.',
  more: 'More',
  moreLabel: 'More for {record}: export, bulk corrections',
  exportJson: 'Export JSON',
  exportCsv: 'Export CSV',
  exportJsonLabel: 'Export {record} as JSON',
  exportCsvLabel: 'Export {record} as CSV',
  exportNote:
    'Exports the values saved in Genesys Cloud, not staged changes. Masked fields are exported as dots; hidden fields are left out.',
  exportNoteUnmasked:
    'Exports the values saved in Genesys Cloud, not staged changes. Masked fields are exported in clear; hidden fields are left out.',
  bulkLabel: 'Bulk corrections for {record}',
  bulkHint:
    'Paste or drop field,value lines (CSV or TSV) or a JSON object. Values are checked like typing; nothing is sent until you review and commit.',
  bulkFile: 'Choose a file',
  bulkStage: 'Stage corrections',
  bulkStaged: {
    one: '{count} change staged: review it, then commit.',
    other: '{count} changes staged: review them, then commit.',
  },
  bulkNothing: 'Nothing to stage: the record already holds these values.',
  bulkBlocked: 'Nothing staged: correct these lines first.',
  bulkLine: 'Line {line}: {message}',
  bulkDuplicate: '{field} is named twice (first on line {earlier}).',
  bulkUnknown: 'Skipped, line {line}: “{name}” is not a field of this record.',
  bulkNotWritable: 'Skipped, line {line}: your role may not change “{field}” (attribute policy).',
  bulkMaskedSkipped: {
    one: '{count} masked value (dots) left as it is.',
    other: '{count} masked values (dots) left as they are.',
  },
  bulkUnchanged: {
    one: '{count} line already matches the record.',
    other: '{count} lines already match the record.',
  },
  bulkReadFailed: 'The file could not be read.',
  syntax_empty: 'There is nothing to read.',
  'syntax_json-syntax': 'This is not valid JSON.',
  'syntax_json-not-object': 'The JSON must be one object of fields to values.',
  'syntax_value-not-scalar': 'The value of “{name}” must be text, a number, true, false or null.',
  'syntax_field-count': 'A line must have two cells: field and value.',
  'syntax_unterminated-quote': 'A quote is opened and never closed.',
}

export type CustomAttributesMessageKey = keyof typeof en

export const customAttributesMessages: MessageBundle<CustomAttributesMessageKey> = {
  id: 'custom-attributes',
  en,
}
