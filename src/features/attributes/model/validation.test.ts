import { describe, expect, it } from 'vitest'
import { readCommitProblem, retryAfterFromMessage } from './commit-problem.ts'
import { countLength, hasErrors, validateNewAttribute, validateValue } from './validation.ts'

const limits = { maxValueLength: 10, maxNameLength: 8, maxAttributes: 3 }
const codes = (issues: { code: string }[]) => issues.map((i) => i.code)

describe('validation', () => {
  it('refuses blank and whitespace-only names', () => {
    expect(codes(validateNewAttribute({ name: '', value: 'v' }, [], limits))).toEqual(['name-blank'])
    expect(hasErrors(validateNewAttribute({ name: '   ', value: 'v' }, [], limits))).toBe(true)
  })

  it('warns about surrounding spaces, case-only differences, dots and existing names', () => {
    expect(codes(validateNewAttribute({ name: ' tier', value: 'v' }, ['tier'], limits))).toEqual([
      'name-whitespace',
    ])
    const clash = validateNewAttribute({ name: 'Tier', value: 'v' }, ['tier'], limits)
    expect(clash).toEqual([
      expect.objectContaining({ code: 'name-case-clash', severity: 'warning', params: { existing: 'tier' } }),
    ])
    expect(codes(validateNewAttribute({ name: 'a.b', value: '' }, [], limits))).toEqual(['name-dot'])
    expect(codes(validateNewAttribute({ name: 'tier', value: 'v' }, ['tier'], limits))).toEqual([
      'name-exists',
    ])
    expect(hasErrors(clash)).toBe(false)
  })

  it('counts length in UTF-16 code units against the limits, as Genesys does: an emoji counts 2', () => {
    expect(countLength('a😀é')).toBe(4)
    expect(countLength('e\u0301')).toBe(2)
    // The limit is 10: five emoji are exactly at it, five and a letter are one over.
    expect(validateValue('😀'.repeat(5), limits)).toEqual([])
    expect(validateValue(`${'😀'.repeat(5)}x`, limits)).toEqual([
      expect.objectContaining({ code: 'value-too-long', params: { length: 11, limit: 10 } }),
    ])
    expect(validateValue('😀'.repeat(10), limits)).toEqual([
      expect.objectContaining({ code: 'value-too-long', params: { length: 20, limit: 10 } }),
    ])
    expect(validateValue('x'.repeat(11), limits)).toEqual([
      expect.objectContaining({
        code: 'value-too-long',
        severity: 'error',
        params: { length: 11, limit: 10 },
      }),
    ])
    expect(codes(validateNewAttribute({ name: 'n'.repeat(9), value: '' }, [], limits))).toEqual([
      'name-too-long',
    ])
    expect(codes(validateNewAttribute({ name: 'new', value: '' }, ['a', 'b', 'c'], limits))).toEqual([
      'too-many-attributes',
    ])
  })

  it('insists values are strings', () => {
    expect(codes(validateValue(42, limits))).toEqual(['value-not-string'])
  })
})

describe('readCommitProblem', () => {
  it('maps client errors to problems, and unknown ones to "uncertain"', () => {
    expect(readCommitProblem({ kind: 'forbidden', status: 403 })).toMatchObject({
      problem: 'forbidden',
      uncertain: false,
    })
    expect(readCommitProblem({ kind: 'server', status: 503 })).toMatchObject({
      problem: 'uncertain',
      uncertain: true,
    })
    expect(readCommitProblem(new TypeError('fetch failed'))).toMatchObject({
      problem: 'uncertain',
      uncertain: true,
    })
  })

  it('reads the wait from the message when Retry-After is hidden', () => {
    const message = 'Rate limit exceeded the maximum. Retry the request in [42] seconds'
    expect(retryAfterFromMessage(message)).toBe(42)
    expect(readCommitProblem({ kind: 'rate-limited', status: 429, message }).retryAfterSeconds).toBe(42)
    expect(
      readCommitProblem({ kind: 'rate-limited', status: 429, retryAfterSeconds: 7 }).retryAfterSeconds,
    ).toBe(7)
  })
})
