import { describe, expect, it } from 'vitest'
import type { FieldSpec } from '../../../genesys/custom-attribute-fields.ts'
import { inputTextOf, parseFieldInput } from './parse-input.ts'

const amount: FieldSpec = {
  name: 'disputedAmount',
  title: 'Disputed amount',
  kind: 'number',
  required: false,
  minimum: 0,
}
const reason: FieldSpec = {
  name: 'disputeReason',
  title: 'Dispute reason',
  kind: 'enum',
  required: false,
  options: [{ value: 'fraud', title: 'Suspected fraud' }],
}
const code: FieldSpec = {
  name: 'campaignCode',
  title: 'Campaign code',
  kind: 'text',
  required: true,
  maxLength: 5,
}
const at: FieldSpec = { name: 'followUpAt', title: 'Follow-up at', kind: 'datetime', required: false }

describe('parseFieldInput', () => {
  it('refuses a letter in a number field, naming the field and the rule', () => {
    expect(parseFieldInput(amount, '12a')).toEqual({
      ok: false,
      problem: { field: 'disputedAmount', rule: 'type', limit: 'number' },
    })
  })

  it('reads a comma or a point as the decimal separator, and checks the bounds', () => {
    expect(parseFieldInput(amount, '64,95')).toEqual({ ok: true, value: 64.95 })
    expect(parseFieldInput(amount, ' 12. ')).toEqual({ ok: true, value: 12 })
    expect(parseFieldInput(amount, '-3')).toMatchObject({ ok: false, problem: { rule: 'minimum', limit: 0 } })
  })

  it('refuses an unknown enum value and accepts a listed one', () => {
    expect(parseFieldInput(reason, 'bored')).toMatchObject({
      ok: false,
      problem: { field: 'disputeReason', rule: 'enum' },
    })
    expect(parseFieldInput(reason, 'fraud')).toEqual({ ok: true, value: 'fraud' })
  })

  it('refuses emptying a required field and text over its length limit', () => {
    expect(parseFieldInput(code, '   ')).toMatchObject({
      ok: false,
      problem: { field: 'campaignCode', rule: 'required' },
    })
    expect(parseFieldInput(code, 'ABCDEF')).toMatchObject({
      ok: false,
      problem: { rule: 'maxLength', limit: 5 },
    })
  })

  it('turns local date-time input into UTC, and back for the editor', () => {
    const parsed = parseFieldInput(at, '2026-12-02T09:30')
    expect(parsed).toEqual({ ok: true, value: new Date('2026-12-02T09:30').toISOString() })
    if (parsed.ok) expect(inputTextOf(at, parsed.value)).toBe('2026-12-02T09:30')
    expect(parseFieldInput(at, 'next week')).toMatchObject({ ok: false, problem: { rule: 'format' } })
  })

  it('passes a toggle through', () => {
    expect(parseFieldInput({ ...amount, kind: 'boolean' }, true)).toEqual({ ok: true, value: true })
  })
})
