import { describe, expect, it } from 'vitest'
import { accessOfRole, compilePolicy } from './access-policy.ts'
import { parseBulkInput } from './parse-bulk-input.ts'
import { planBulkStage } from './plan-bulk-stage.ts'
import { attributePolicySchema } from '../../../../config/attribute-policy-schema.ts'

const compiled = compilePolicy(
  attributePolicySchema.parse({
    rules: [
      { match: 'CRM.*', agent: 'read-only', reason: 'Owned by the CRM sync' },
      { match: 'Secret', agent: 'hidden' },
      { match: 'AccountNumber', agent: 'masked' },
    ],
  }),
)
const options = {
  accessOf: accessOfRole(compiled, 'agent'),
  reasonOf: (name: string) => compiled.resolve(name, 'agent').rule?.reason,
  limits: { maxValueLength: 10, maxNameLength: 20, maxAttributes: 5 },
  existingNames: ['Tier', 'CRM.Id'],
}
const plan = (text: string) => {
  const parsed = parseBulkInput(text)
  return planBulkStage(parsed.pairs, parsed.errors, options)
}

describe('planBulkStage', () => {
  it('stages everything when every line is fine, masked names included (they may be written)', () => {
    expect(plan('Tier,Gold\nAccountNumber,123').toStage.map((p) => p.name)).toEqual(['Tier', 'AccountNumber'])
  })
  it('stages nothing when one line is refused, and lists every problem by line', () => {
    const result = plan('Tier,Gold\nCRM.Id,x\nSecret,y\n ,blank\nLong,12345678901\nBroken')
    expect(result.toStage).toEqual([])
    expect(result.refusals.map((r) => [r.line, r.kind])).toEqual([
      [2, 'policy'],
      [3, 'policy'],
      [4, 'invalid'],
      [5, 'invalid'],
      [6, 'parse'],
    ])
    expect(result.refusals[0]).toMatchObject({ reason: 'Owned by the CRM sync' })
    // Hidden gets the same kind of answer as read-only: nothing tells whether the name exists.
    expect(result.refusals[1]).toMatchObject({ kind: 'policy', reason: undefined })
  })
  it('refuses a list that would take the participant over the attribute limit', () => {
    const result = plan('A,1\nB,2\nC,3\nD,4')
    expect(result.toStage).toEqual([])
    expect(result.refusals[0]).toMatchObject({ line: 0, kind: 'invalid' })
  })
})
