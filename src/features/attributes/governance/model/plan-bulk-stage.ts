import type { AccessOf } from '../../model/attribute-access.ts'
import { mayWrite } from '../../model/attribute-access.ts'
import {
  hasErrors,
  validateName,
  validateValue,
  type AttributeLimits,
  type ValidationIssue,
} from '../../model/validation.ts'
import { maskedValue } from './mask-values.ts'
import type { BulkLineError, BulkPair } from './parse-bulk-input.ts'

export type BulkRefusal =
  | {
      readonly line: number
      readonly name: string
      readonly kind: 'policy'
      readonly reason: string | undefined
    }
  | {
      readonly line: number
      readonly name: string
      readonly kind: 'invalid'
      readonly issue: ValidationIssue
    }
  | { readonly line: number; readonly kind: 'parse'; readonly error: BulkLineError }

/**
 * Lines left out on purpose, so that importing our own export changes nothing: dots stand for a masked value and
 * are never written back; a name this user may not change, whose value in the file is the current one, has
 * nothing to change.
 */
export interface BulkSkip {
  readonly line: number
  readonly name: string
  readonly kind: 'masked' | 'read-only-unchanged'
}

export interface BulkPlan {
  /** Pairs to stage; empty whenever anything was refused, so a list is never half-applied. */
  readonly toStage: readonly BulkPair[]
  readonly refusals: readonly BulkRefusal[]
  readonly skipped: readonly BulkSkip[]
  /** Pairs whose value is what the server holds and that have no staged edit to take back: nothing to do. */
  readonly unchanged: number
}

/**
 * All or nothing: every line must parse, pass validation and be writable under the policy, or nothing is
 * staged and every problem is listed by line. A correction list applied in part is worse than one not applied.
 * Hidden and read-only names get the same refusal, so the answer does not tell whether a hidden name exists.
 */
export function planBulkStage(
  pairs: readonly BulkPair[],
  parseErrors: readonly BulkLineError[],
  options: {
    accessOf: AccessOf
    reasonOf: (name: string) => string | undefined
    limits: AttributeLimits
    existingNames: readonly string[]
    /** The server's value now; compared only for names the user may see (never for hidden ones). */
    currentValue?: (name: string) => string | undefined
    stagedNames?: readonly string[]
  },
): BulkPlan {
  const refusals: BulkRefusal[] = parseErrors.map((error) => ({ line: error.line, kind: 'parse', error }))
  const skipped: BulkSkip[] = []
  const writable: BulkPair[] = []
  const current = options.currentValue ?? (() => undefined)
  for (const pair of pairs) {
    const access = options.accessOf(pair.name)
    if (pair.value === maskedValue) {
      skipped.push({ line: pair.line, name: pair.name, kind: 'masked' })
      continue
    }
    if (access === 'read-only' && current(pair.name) === pair.value) {
      skipped.push({ line: pair.line, name: pair.name, kind: 'read-only-unchanged' })
      continue
    }
    if (!mayWrite(access)) {
      refusals.push({ line: pair.line, name: pair.name, kind: 'policy', reason: options.reasonOf(pair.name) })
      continue
    }
    const issues = [
      ...validateName(pair.name, options.existingNames, options.limits),
      ...validateValue(pair.value, options.limits),
    ]
    const blocking = issues.find((issue) => issue.severity === 'error')
    if (blocking && hasErrors(issues))
      refusals.push({ line: pair.line, name: pair.name, kind: 'invalid', issue: blocking })
    else writable.push(pair)
  }
  const newNames = writable.filter((pair) => !options.existingNames.includes(pair.name)).length
  if (options.existingNames.length + newNames > options.limits.maxAttributes) {
    refusals.push({
      line: 0,
      name: '',
      kind: 'invalid',
      issue: {
        field: 'name',
        severity: 'error',
        code: 'too-many-attributes',
        params: { limit: options.limits.maxAttributes },
      },
    })
  }
  refusals.sort((a, b) => a.line - b.line)
  const staged = new Set(options.stagedNames ?? [])
  const toStage = writable.filter((pair) => staged.has(pair.name) || current(pair.name) !== pair.value)
  return refusals.length === 0
    ? { toStage, refusals, skipped, unchanged: writable.length - toStage.length }
    : { toStage: [], refusals, skipped, unchanged: 0 }
}
