import { describe, expect, it } from 'vitest'
import { errorKindRule, errorKindRules, genesysErrorKindSchema } from './error-kinds.ts'
import { GenesysApiError, isAmbiguousWriteFailure } from './errors.ts'

describe('errorKindRules', () => {
  it('has a rule for every kind', () => {
    expect(Object.keys(errorKindRules).sort()).toEqual([...genesysErrorKindSchema.options].sort())
  })

  it('treats an unreadable answer to a write as one that may have landed, and does not read again', () => {
    expect(errorKindRules['malformed-response']).toMatchObject({
      readRetry: 'never',
      writeMayHaveLanded: true,
    })
    const patch = new GenesysApiError({ kind: 'malformed-response', method: 'PATCH', path: '/p' })
    expect(isAmbiguousWriteFailure(patch)).toBe(true)
  })

  it('knows no rule for a kind from elsewhere, nor for an inherited name', () => {
    expect(errorKindRule('teapot')).toBeUndefined()
    expect(errorKindRule('__proto__')).toBeUndefined()
    expect(errorKindRule('toString')).toBeUndefined()
  })
})
