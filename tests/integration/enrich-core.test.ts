import { describe, expect, it } from 'vitest'
import {
  findConflicts,
  formatChanges,
  parseAssignment,
  parseAttributeFile,
  parseExpectationFile,
  patchBodyBytes,
  pendingNames,
  planChanges,
  quote,
  selectParticipant,
  UsageError,
} from '../../cli/enrich-core.ts'
import { createAttributeMap } from '../../src/genesys/attribute-map.ts'

const map = (entries: Record<string, string>) => createAttributeMap(Object.entries(entries))

describe('planChanges', () => {
  it('keeps only the names whose value changes, case-sensitively', () => {
    const current = map({ Tier: 'Gold', Name: 'Maria', Notes: '' })
    const plan = planChanges(current, map({ Tier: 'Gold', tier: 'Gold', Name: 'Mária', Notes: '', New: '' }))
    expect(plan.changes).toEqual([
      { name: 'tier', from: undefined, to: 'Gold' },
      { name: 'Name', from: 'Maria', to: 'Mária' },
      { name: 'New', from: undefined, to: '' },
    ])
    expect(plan.unchanged).toEqual(['Tier', 'Notes'])
    expect(JSON.stringify({ attributes: plan.patch })).toBe(
      '{"attributes":{"tier":"Gold","Name":"Mária","New":""}}',
    )
  })

  it('treats __proto__ as an ordinary name on both sides', () => {
    const plan = planChanges(map({}), parseAttributeFile('{"__proto__":"x"}', 'test'))
    expect(plan.changes).toEqual([{ name: '__proto__', from: undefined, to: 'x' }])
    expect(Object.keys(plan.patch)).toEqual(['__proto__'])
  })

  it('counts the PATCH body in UTF-8 bytes', () => {
    expect(patchBodyBytes(map({ a: 'é' }))).toBe('{"attributes":{"a":"é"}}'.length + 1)
  })
})

describe('findConflicts and pendingNames', () => {
  it('reports each expectation the server no longer meets; null means must be absent', () => {
    const current = map({ Tier: 'Silver', Crm: '42' })
    const expectations = new Map<string, string | null>([
      ['Tier', 'Gold'],
      ['Crm', '42'],
      ['Fresh', null],
      ['Crm2', null],
    ])
    expect(findConflicts(current, expectations)).toEqual([
      { name: 'Tier', expected: 'Gold', actual: 'Silver' },
    ])
    expect(findConflicts(map({ Fresh: '' }), new Map([['Fresh', null]]))).toEqual([
      { name: 'Fresh', expected: null, actual: '' },
    ])
  })

  it('lists the written names not yet visible', () => {
    expect(pendingNames(map({ a: '1', b: 'old' }), map({ a: '1', b: 'new', c: '' }))).toEqual(['b', 'c'])
  })
})

describe('parsing what to write', () => {
  it('splits name=value at the first =, allows empty values, refuses blank names', () => {
    expect(parseAssignment('Url=https://x.test/?a=b', '--set')).toEqual(['Url', 'https://x.test/?a=b'])
    expect(parseAssignment('Notes=', '--set')).toEqual(['Notes', ''])
    expect(() => parseAssignment('  =x', '--set')).toThrow(UsageError)
    expect(() => parseAssignment('novalue', '--set')).toThrow('expected name=value')
  })

  it('accepts a JSON object of strings only', () => {
    expect(parseAttributeFile('{"a":"1"}', 'f.json')).toEqual({ a: '1' })
    expect(() => parseAttributeFile('[1]', 'f.json')).toThrow('expected a JSON object')
    expect(() => parseAttributeFile('{"a":1}', 'f.json')).toThrow('attribute "a" must be a string')
    expect(() => parseAttributeFile('{', 'f.json')).toThrow('f.json: not valid JSON')
    expect(() => parseAttributeFile('{" ":"x"}', 'f.json')).toThrow('may not be blank')
  })

  it('reads expectations with null for absent', () => {
    expect([...parseExpectationFile('{"a":"1","b":null}', 'e.json')]).toEqual([
      ['a', '1'],
      ['b', null],
    ])
    expect(() => parseExpectationFile('{"a":true}', 'e.json')).toThrow('must be a string or null')
  })
})

describe('selectParticipant', () => {
  const leg = (id: string, purpose: string, state: string) => ({
    id,
    purpose,
    attributes: map({}),
    calls: [{ id: `${id}-call`, state }],
  })

  it('picks the connected leg when a transfer left two of the same purpose', () => {
    const choice = selectParticipant(
      [leg('old', 'agent', 'disconnected'), leg('new', 'agent', 'connected')],
      { by: 'purpose', purpose: 'agent' },
    )
    expect('participant' in choice && choice.participant.id).toBe('new')
  })

  it('refuses to guess between two active legs, and reports a missing purpose or id', () => {
    const both = [leg('a', 'customer', 'connected'), leg('b', 'customer', 'connected')]
    expect(selectParticipant(both, { by: 'purpose', purpose: 'customer' })).toMatchObject({
      problem: 'ambiguous',
    })
    expect(selectParticipant(both, { by: 'purpose', purpose: 'ivr' })).toMatchObject({ problem: 'not-found' })
    expect(selectParticipant(both, { by: 'id', id: 'c' })).toMatchObject({ problem: 'not-found' })
    expect(selectParticipant(both, { by: 'id', id: 'b' })).toMatchObject({ participant: { id: 'b' } })
  })
})

describe('output', () => {
  it('quotes names and values so control characters cannot forge terminal output', () => {
    expect(quote('\u001b[2Jgone\nfake line')).toBe('"\\u001b[2Jgone\\nfake line"')
    expect(
      formatChanges([
        { name: 'a', from: undefined, to: 'x' },
        { name: 'b', from: 'y', to: '' },
      ]),
    ).toEqual(['  + "a": "x"', '  ~ "b": "y" -> ""'])
  })
})
