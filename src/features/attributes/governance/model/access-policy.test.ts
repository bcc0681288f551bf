import { describe, expect, it } from 'vitest'
import { accessOfRole, compilePolicy } from './access-policy.ts'
import {
  attributePolicySchema,
  compileMatch,
  defaultSupervisorPermissions,
} from '../../../../config/attribute-policy-schema.ts'
import { roleFromUser } from './role-from-permissions.ts'

const policy = attributePolicySchema.parse({
  rules: [
    { match: 'CRM.Notes', agent: 'editable' },
    { match: 'CRM.*', agent: 'read-only', reason: 'Owned by the CRM sync' },
    { match: 'AccountNumber', agent: 'masked' },
    { match: '/^internal\\./i', agent: 'hidden', supervisor: 'hidden' },
    { match: 'AccountNumber', agent: 'editable', supervisor: 'read-only' },
  ],
})

describe('compilePolicy', () => {
  const compiled = compilePolicy(policy)
  const agent = accessOfRole(compiled, 'agent')
  const supervisor = accessOfRole(compiled, 'supervisor')

  it('matches exact names case-sensitively, prefixes and regular expressions', () => {
    expect(agent('AccountNumber')).toBe('masked')
    expect(agent('accountnumber')).toBe('editable')
    expect(agent('CRM.ContactId')).toBe('read-only')
    expect(agent('CRMX')).toBe('editable')
    expect(agent('Internal.Score')).toBe('hidden')
    expect(supervisor('INTERNAL.x')).toBe('hidden')
  })

  it('lets the first matching rule that names the role decide; silence passes to later rules', () => {
    // The exception above the broad prefix rule wins for agents.
    expect(agent('CRM.Notes')).toBe('editable')
    // The first AccountNumber rule says nothing about supervisors: the later one decides for them.
    expect(supervisor('AccountNumber')).toBe('read-only')
    expect(supervisor('CRM.ContactId')).toBe('editable')
    expect(compiled.resolve('CRM.CaseId', 'agent').rule?.reason).toBe('Owned by the CRM sync')
  })

  it('leaves every name editable without a policy, and applies configured defaults', () => {
    expect(accessOfRole(compilePolicy(), 'agent')('AnyName')).toBe('editable')
    const strict = compilePolicy(attributePolicySchema.parse({ defaults: { agent: 'read-only' } }))
    expect(accessOfRole(strict, 'agent')('AnyName')).toBe('read-only')
    expect(accessOfRole(strict, 'supervisor')('AnyName')).toBe('editable')
  })

  it('treats __proto__ and other odd names as ordinary names', () => {
    const compiledOdd = compilePolicy(
      attributePolicySchema.parse({ rules: [{ match: '__proto__', agent: 'hidden' }] }),
    )
    expect(accessOfRole(compiledOdd, 'agent')('__proto__')).toBe('hidden')
    expect(accessOfRole(compiledOdd, 'agent')('constructor')).toBe('editable')
  })
})

describe('the policy schema', () => {
  it('refuses invalid patterns, unknown keys and unknown access levels', () => {
    expect(attributePolicySchema.safeParse({ rules: [{ match: '/([/' }] }).success).toBe(false)
    expect(attributePolicySchema.safeParse({ rules: [{ match: 'A', agent: 'secret' }] }).success).toBe(false)
    expect(attributePolicySchema.safeParse({ rules: [{ match: 'A', agnet: 'hidden' }] }).success).toBe(false)
    expect(attributePolicySchema.safeParse({}).success).toBe(true)
  })

  it('ignores the stateful g and y flags so a pattern answers the same every time', () => {
    const matches = compileMatch('/^A/g')
    expect(matches?.('Apple')).toBe(true)
    expect(matches?.('Apple')).toBe(true)
  })
})

describe('roleFromUser', () => {
  const wanted = defaultSupervisorPermissions
  const granted = (...permissions: string[]) => ({ authorization: { roles: [], permissions } })

  it('finds a real supervisor by the documented monitor permissions under the default policy', () => {
    expect(roleFromUser(granted('conversation:call:monitor'), wanted)).toBe('supervisor')
    expect(roleFromUser(granted('conversation:message:monitor'), wanted)).toBe('supervisor')
    expect(roleFromUser(granted('conversation:*:*'), wanted)).toBe('supervisor')
  })

  it('falls back to agent for missing, failed or unrelated answers', () => {
    expect(roleFromUser(undefined, wanted)).toBe('agent')
    expect(roleFromUser({}, wanted)).toBe('agent')
    expect(
      roleFromUser(granted('conversation:communication:view', 'conversation:participant:wrapup'), wanted),
    ).toBe('agent')
    expect(roleFromUser(granted('conversation:call'), wanted)).toBe('agent')
  })

  it('keeps an admin’s own names working: the old default, and a different spelling of the case', () => {
    const oldDefault = ['conversation:communication:monitor']
    expect(roleFromUser(granted('conversation:call:monitor'), oldDefault)).toBe('supervisor')
    expect(roleFromUser(granted('conversation:communication:view'), oldDefault)).toBe('agent')
    const camel = ['conversation:participant:attributesView']
    expect(roleFromUser(granted('conversation:participant:attributesview'), camel)).toBe('supervisor')
  })
})
