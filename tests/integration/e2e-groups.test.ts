import { describe, expect, it } from 'vitest'
import { e2eGroupProblems, e2eGroups, e2eSpecFiles } from '../../scripts/e2e-groups.mjs'

// `npm test` runs the browser suite as one Playwright process per group (decision 0028): a spec file in no group
// would never run, one in two would run twice against the same figures files.
describe('the browser-test split (scripts/e2e-groups.mjs)', () => {
  it('puts every spec file under tests/e2e in exactly one group', () => {
    expect(e2eGroupProblems()).toEqual([])
    expect(Object.values(e2eGroups).flat().sort()).toEqual(e2eSpecFiles())
  })

  it('names a spec in no group, one in two groups, and a listed file that is not there', () => {
    const groups = { 1: ['a.spec.ts', 'gone.spec.ts'], 2: ['a.spec.ts'] }
    expect(e2eGroupProblems(groups, ['a.spec.ts', 'new.spec.ts'])).toEqual([
      'gone.spec.ts (group 1) is not a spec file under tests/e2e',
      'a.spec.ts is in groups 1 and 2',
      'tests/e2e/new.spec.ts is in no group: add it to scripts/e2e-groups.mjs',
    ])
  })
})
