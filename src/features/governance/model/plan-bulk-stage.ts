import type { AccessOf } from '../../attributes/model/attribute-access.ts'
import { mayWrite } from '../../attributes/model/attribute-access.ts'
import {
  hasErrors,
  validateName,
  validateValue,
  type AttributeLimits,
  type ValidationIssue,
} from '../../attributes/model/validation.ts'
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

export interface BulkPlan {
  /** Pairs to stage; empty whenever anything was refused, so a list is never half-applied. */
  readonly toStage: readonly BulkPair[]
  readonly refusals: readonly BulkRefusal[]
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
  },
): BulkPlan {
  const refusals: BulkRefusal[] = parseErrors.map((error) => ({ line: error.line, kind: 'parse', error }))
  for (const pair of pairs) {
    if (!mayWrite(options.accessOf(pair.name))) {
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
  }
  const newNames = pairs.filter((pair) => !options.existingNames.includes(pair.name)).length
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
  return { toStage: refusals.length === 0 ? pairs : [], refusals }
}
