import type { MessageBundle } from '../../ui/i18n.tsx'

const en = {
  tableLabel: 'Participant attributes',
  panelLabel: 'Attributes of {participant}',
  columnName: 'Name',
  columnValue: 'Value',
  columnState: 'State',
  sortByName: 'Sort by name',
  valueOf: 'Value of {name}',
  status_unchanged: 'Unchanged',
  status_added: 'Added',
  status_changed: 'Changed',
  status_cleared: 'Cleared',
  status_conflict: 'Conflict',
  status_saving: 'Saving…',
  status_confirming: 'Confirming…',
  status_unconfirmed: 'Not confirmed',
  undoRow: 'Undo',
  undoRowLabel: 'Undo {name}',
  clearValue: 'Clear value',
  clearValueLabel: 'Clear value of {name}',
  clearNote: 'Genesys Cloud has no delete: clearing stores an empty value.',
  editHint: 'Enter stages the value, Shift+Enter adds a line, Escape cancels.',
  serverValue: 'On the server: {value}',
  notSet: '(not set)',
  emptyValue: '(empty)',
  formattedJson: 'Formatted JSON',
  formattedJsonPartial: 'Shortened (depth {depth}, {limit} characters); the value is unchanged.',
  conflictNote: 'Changed elsewhere since you staged it.',
  conflictTheirs: 'Server now: {value}',
  conflictMine: 'Yours: {value}',
  keepMine: 'Keep mine',
  keepMineLabel: 'Keep mine for {name}',
  useTheirs: 'Use theirs',
  useTheirsLabel: 'Use theirs for {name}',
  changedElsewhere: 'Changed elsewhere {time}',
  changedElsewhereWas: 'was {value}',
  changedWhileTyping: 'Written elsewhere while you typed. Now: {value}. Staging yours asks which to keep.',
  addHeading: 'Add an attribute',
  attributeName: 'Attribute name',
  attributeValue: 'Attribute value',
  addAttribute: 'Add attribute',
  addSentToRow:
    '“{name}” exists: nothing added. Your value is in its editor above; Enter stages it, Escape keeps the old one.',
  characterCount: '{length} / {limit} characters',
  filterLabel: 'Filter attributes',
  noMatches: 'No attribute matches “{query}”.',
  noAttributes: 'This participant has no attributes yet.',
  reviewChanges: 'Review changes',
  commit: 'Commit',
  discardAll: 'Discard all',
  undoLastLabel: 'Undo last change',
  redoLastLabel: 'Redo last change',
  stagedCount: { one: '{count} staged change', other: '{count} staged changes' },
  toolbarLabel: 'Staged changes',
  reviewTitle: 'Review changes for {participant}',
  reviewOld: 'Old value',
  reviewNew: 'New value',
  reviewNothing: 'Nothing to commit.',
  reviewHeldBack: {
    one: '{count} change was changed elsewhere and will not be sent until you choose “Keep mine” or “Use theirs”.',
    other:
      '{count} changes were changed elsewhere and will not be sent until you choose “Keep mine” or “Use theirs”.',
  },
  close: 'Close',
  endedBanner:
    'This conversation has ended. You can still change its attributes, but analytics will not keep changes made after the end.',
  liveStatus_connecting: 'connecting',
  liveStatus_reconnecting: 'reconnecting',
  liveStatus_down: 'down',
  liveDown: 'Live updates are not connected ({status}). The server is checked again before every commit.',
  committed: {
    one: 'Sent {count} change. Waiting for Genesys Cloud to show it…',
    other: 'Sent {count} changes. Waiting for Genesys Cloud to show them…',
  },
  heldBack: {
    one: '{count} change was changed elsewhere and not sent: choose “Keep mine” or “Use theirs”.',
    other: '{count} changes were changed elsewhere and not sent: choose “Keep mine” or “Use theirs”.',
  },
  changedSinceCommit:
    'Not sent: {names} changed after you pressed Commit. What you staged since is kept; commit again to send it.',
  error_rejected:
    'Genesys Cloud refused the change to {names}: {detail} Correct the value and commit again. Your changes are kept.',
  error_rejected_overLimit:
    'Genesys Cloud refused the change to {names}: {detail} This participant already holds {held} attributes, more than the {limit} Genesys Cloud accepts, so no change to it can be saved until a flow or an administrator removes some. Your changes are kept.',
  error_forbidden:
    'You do not have permission to change this participant’s data (403). Your changes are kept; ask an administrator for the permission.',
  error_not_found:
    'This conversation no longer exists or you can no longer see it (404). Your changes are kept but cannot be sent.',
  error_rate_limited: {
    one: 'Genesys Cloud is rate-limiting this app. Your change is kept; retrying in {seconds} s.',
    other: 'Genesys Cloud is rate-limiting this app. Your {count} changes are kept; retrying in {seconds} s.',
  },
  error_uncertain_checked: {
    one: 'Saving failed: the change may or may not have been saved. We checked the server: {landed} of {count} arrived. It may still arrive and is watched; nothing is sent again unless you choose “Send again”.',
    other:
      'Saving failed: the changes may or may not have been saved. We checked the server: {landed} of {count} arrived. The rest may still arrive and are watched; nothing is sent again unless you choose “Send again”.',
  },
  error_uncertain_unchecked:
    'Saving failed: the changes may or may not have been saved, and the server could not be checked yet. Your changes are kept and watched; nothing is sent again unless you choose “Send again”.',
  error_unauthorized: 'Your sign-in has expired. Sign in again; your changes are kept.',
  commitWaitingForNetwork:
    'You are offline. Nothing has been sent yet: your commit goes out when the connection is back, with only the changes you committed. You can keep editing or discard.',
  retry: 'Retry',
  outcomesUnavailable:
    'Some changes were sent but are not confirmed, and the choices for them could not be loaded. Check the connection and try again.',
  notCovered:
    'You are not a participant of this conversation, so changes made elsewhere appear within 10 s, not live. The server is checked before every commit.',
  readFailed:
    'The server could not be read before sending. Nothing was sent; your changes are kept. Try again.',
  retryNow: 'Retry now',
  problem_rejected: 'Refused by Genesys Cloud.',
  problem_forbidden: 'No permission.',
  problem_not_found: 'Conversation not found.',
  problem_rate_limited: 'Waiting for the rate limit.',
  problem_uncertain: 'May not have been saved; the server is being checked.',
  problem_unconfirmed: 'Sent, but Genesys Cloud does not show it yet. Check again, or send it again.',
  problem_interrupted: 'Sent before the page reloaded; the server is being checked.',
  problem_unauthorized: 'Sign in again to send.',
  issue_name_blank: 'Enter a name: Genesys Cloud does not allow blank names.',
  issue_name_whitespace:
    'The name starts or ends with a space. Names must match exactly: did you mean “{trimmed}”?',
  issue_name_case_clash:
    '“{existing}” already exists with different capitals. Names are case-sensitive: flows reading “{existing}” will not see this one.',
  issue_name_lookalike_normalisation:
    'Looks exactly like “{existing}” (other Unicode form) but is another name: flows reading “{existing}” will not see it.',
  issue_name_lookalike_invisible:
    'Looks like “{existing}” but has invisible characters (“{name}”): flows reading “{existing}” will not see it.',
  issue_name_lookalike_letters:
    'Looks like “{existing}” but uses look-alike letters (“{name}”): flows reading “{existing}” will not see it.',
  issue_name_invisible: 'The name has invisible characters: “{name}”.',
  issue_name_dot: 'Agent scripts cannot read names that contain “.”.',
  issue_name_exists: 'This name exists already: Add takes you to its row to change the value there.',
  issue_name_too_long: 'The name has {length} characters; the limit is {limit}.',
  issue_value_too_long: 'The value has {length} characters; the limit is {limit}.',
  issue_value_not_string: 'Values must be text.',
  issue_too_many: 'This participant already has {limit} attributes, the configured maximum.',
  policy_refused_name: 'Your role may not change “{name}” (attribute policy).',
  policy_refused_commit:
    'Not sent: your role may not change {names} (attribute policy). Undo those changes; the others were sent.',
  access_read_only: 'Read-only',
  unwritable_commit:
    'Not sent: Genesys Cloud refuses writes to {names} (an empty name, or one over the length limit). Undo those changes; the rest of the commit is not affected.',
  unreadableKept:
    'The latest values Genesys Cloud sent for {names} are not text and could not be read. Those rows show the last value that could be read.',
  unreadableNotShown:
    'Values Genesys Cloud sent for {names} are not text and could not be read; they are not shown.',
  rowUnreadable:
    'The latest value Genesys Cloud sent is not text and could not be read. Shown: the last value that could be read.',
  rowNameBlank: 'Not editable: Genesys Cloud refuses writes to an empty name.',
  rowNameTooLong:
    'Not editable: this name has {length} characters and Genesys Cloud accepts writes to names of up to {limit}.',
  access_masked: 'Masked',
  masked_value_label: 'Value of {name} is masked',
  reveal: 'Reveal',
  reveal_label: 'Reveal value of {name} for {seconds} seconds',
  revealRemaining: 'Shown {seconds} s more, longer while you edit.',
  revealHeld: 'Shown while you edit; masked when you leave the field.',
  loadingRows: { one: 'Loading {count} attribute…', other: 'Loading all {count} attributes…' },
  noticesLabel: 'Notices',
  dismissNotices: 'Dismiss notices',
  filterPlaceholder: 'Filter',
  gridKeysHint: 'Arrow keys move; Enter, F2 or typing edits; Ctrl+Enter reviews, then commits.',
  sortNext_ascending: 'Sort by name, A to Z',
  sortNext_descending: 'Sort by name, Z to A',
  sortNext_server: 'Sort by name off: server order',
  rowActionsLabel: 'Actions for {name}',
  copyFailed: 'Could not copy: the browser refused the clipboard.',
  copyAll: 'Copy all',
  copiedAll: { one: 'Copied {count} attribute as shown', other: 'Copied {count} attributes as shown' },
  openLinkLabel: 'Open {name} in a new tab',
  showAllLabel: 'Show all of {name}',
  showLessLabel: 'Show less of {name}',
  saved: 'Saved ✓ {names}',
  savedAnswerLost: 'Saved ✓ {names}. Its answer was lost, but the server shows it.',
  revert: 'Revert',
  reverted: {
    one: 'Previous value of {names} staged: review and commit it, or discard it.',
    other: '{count} previous values staged ({names}): review and commit them, or discard them.',
  },
  revertLeftOut: {
    one: 'Not reverted: {names}. Your role may no longer change it (attribute policy).',
    other: '{count} not reverted: {names}. Your role may no longer change them (attribute policy).',
  },
  details: 'Details',
} as const

export type AttributeMessageKey = keyof typeof en

export const attributeMessages: MessageBundle<AttributeMessageKey> = {
  id: 'attributes',
  en,
}
