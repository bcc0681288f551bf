import { describe, expect, it } from 'vitest'
import { createAttributeMap } from '../../../genesys/attribute-map.ts'
import type { Conversation } from '../../../genesys/schemas.ts'
import { parseCorrections } from './bulk-input.ts'
import { planCorrection } from './plan-correction.ts'

const conversation = (attributes: Record<string, string>): Conversation => ({
  id: 'c-1',
  participants: [
    { id: 'p-agent', purpose: 'agent', attributes: createAttributeMap() },
    { id: 'p-customer', purpose: 'customer', attributes: createAttributeMap(Object.entries(attributes)) },
  ],
})

describe('bulk input', () => {
  it('reads a CSV with a conversation column, a purpose, values and expected values', () => {
    const parsed = parseCorrections(
      'conversationId,purpose,IntentDetected,expected:IntentDetected\r\nc-1,customer,BillingDispute,Misrouted\r\n,customer,x,\r\n',
    )
    expect(parsed.corrections).toHaveLength(1)
    expect(parsed.corrections[0]?.values.IntentDetected).toBe('BillingDispute')
    expect(parsed.corrections[0]?.expected.IntentDetected).toBe('Misrouted')
    expect(parsed.problems).toEqual([{ line: 3, message: 'no-conversation' }])
  })

  it('reads JSON and keeps __proto__ an ordinary name', () => {
    const parsed = parseCorrections('[{"conversationId":"c-1","attributes":{"__proto__":"x","A":"1"}}]')
    expect(Object.keys(parsed.corrections[0]?.values ?? {})).toEqual(['__proto__', 'A'])
    expect(parsed.corrections[0]?.purpose).toBe('customer')
  })
})

describe('planning one conversation of a bulk correction', () => {
  const correction = {
    conversationId: 'c-1',
    purpose: 'customer',
    values: createAttributeMap([
      ['IntentDetected', 'BillingDispute'],
      ['Tier', 'Gold'],
      ['Secret', 'x'],
    ]),
    expected: createAttributeMap(),
  }
  const policy = (name: string) => (name === 'Secret' ? ('read-only' as const) : ('editable' as const))

  it('sends only changed names and refuses what the policy forbids', () => {
    const plan = planCorrection(
      conversation({ IntentDetected: 'Misrouted', Tier: 'Gold' }),
      correction,
      undefined,
      policy,
      0,
    )
    expect(plan.participantId).toBe('p-customer')
    expect(plan.diff).toEqual([{ name: 'IntentDetected', from: 'Misrouted', to: 'BillingDispute' }])
    expect(plan.refused).toEqual(['Secret'])
  })

  it('holds back a name another writer changed since the dry run', () => {
    const plan = planCorrection(
      conversation({ IntentDetected: 'SetByFlow', Tier: 'Silver' }),
      correction,
      { IntentDetected: 'Misrouted', Tier: 'Silver', Secret: null },
      policy,
      0,
    )
    expect(plan.conflicts).toEqual(['IntentDetected'])
    expect(Object.keys(plan.patch)).toEqual(['Tier'])
  })
})
