import type { AttributeMessageKey } from '../messages.ts'
import type { EditProblem } from '../model/staged-edit.ts'
import type { IssueCode } from '../model/validation.ts'

/** Message keys for validation issues; kept beside the codes so a new code cannot ship without text. */
export const issueMessageKey: Record<IssueCode, AttributeMessageKey> = {
  'name-blank': 'issue_name_blank',
  'name-whitespace': 'issue_name_whitespace',
  'name-case-clash': 'issue_name_case_clash',
  'name-dot': 'issue_name_dot',
  'name-exists': 'issue_name_exists',
  'name-too-long': 'issue_name_too_long',
  'value-too-long': 'issue_value_too_long',
  'value-not-string': 'issue_value_not_string',
  'too-many-attributes': 'issue_too_many',
}

export const problemMessageKey: Record<EditProblem, AttributeMessageKey> = {
  rejected: 'problem_rejected',
  forbidden: 'problem_forbidden',
  'not-found': 'problem_not_found',
  'rate-limited': 'problem_rate_limited',
  uncertain: 'problem_uncertain',
  unconfirmed: 'problem_unconfirmed',
  interrupted: 'problem_interrupted',
  unauthorized: 'problem_unauthorized',
}
