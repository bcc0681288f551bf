import { describe, expect, it } from 'vitest'
import type { AccessOf } from './attribute-access.ts'
import { planRevert } from './plan-revert.ts'

describe('planRevert', () => {
  it('stages each previous value on the value written, and a created name back to empty', () => {
    const plan = planRevert([
      { name: 'tier', before: 'gold', written: 'silver' },
      { name: 'callback', before: undefined, written: 'tomorrow' },
    ])
    expect(plan.values).toEqual([
      { name: 'tier', value: 'gold', basedOn: 'silver' },
      { name: 'callback', value: '', basedOn: 'tomorrow' },
    ])
    expect(plan.leftOut).toEqual([])
  })

  it('stages masked names blind and leaves out the ones the user may not write', () => {
    const access: Record<string, ReturnType<AccessOf>> = { a: 'masked', b: 'read-only', c: 'hidden' }
    const plan = planRevert(
      ['a', 'b', 'c'].map((name) => ({ name, before: 'old', written: 'new' })),
      (name) => access[name] ?? 'editable',
    )
    expect(plan.values.map((entry) => entry.name)).toEqual(['a'])
    expect(plan.leftOut).toEqual(['b', 'c'])
  })
})
