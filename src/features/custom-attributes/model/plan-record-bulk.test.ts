import { describe, expect, it } from 'vitest'
import { fieldsOfSchema } from '../../../genesys/custom-attribute-fields.ts'
import { schema } from '../test/fake-custom-attributes-api.ts'
import { exportableFields, recordToCsv, recordToJson } from './export-record.ts'
import type { FieldAccess, FieldAccessOf } from './field-access.ts'
import { parseRecordBulk } from './parse-record-bulk.ts'
import { planRecordBulk } from './plan-record-bulk.ts'
import { recordAuditChanges } from './record-audit.ts'

const fields = fieldsOfSchema({
  ...schema.jsonSchema,
  properties: {
    ...schema.jsonSchema.properties,
    followUpAt: { type: 'string', format: 'date-time', title: 'Follow-up at' },
    cardNumber: { type: 'string', title: 'Card number' },
    internalNote: { type: 'string', title: 'Internal note' },
  },
})
const server = {
  campaignCode: "'SPRING-24",
  disputedAmount: 129.9,
  callbackRequested: false,
  disputeReason: 'wrong-amount',
  followUpAt: '2026-12-03T09:30:00.000Z',
  cardNumber: '4111111111111111',
  internalNote: '=cmd',
}
const everything: FieldAccessOf = () => 'editable'
const agentRules: Readonly<Record<string, FieldAccess>> = {
  cardNumber: 'masked',
  internalNote: 'hidden',
  campaignCode: 'read-only',
}
const agent: FieldAccessOf = (name) => agentRules[name] ?? 'editable'

const plan = (text: string, accessOf = everything) => {
  const parsed = parseRecordBulk(text)
  expect(parsed.errors).toEqual([])
  return planRecordBulk(parsed.pairs, fields, server, accessOf)
}

describe('parseRecordBulk', () => {
  it('reads CSV with an optional header, TSV, quoted cells and a JSON object with typed values', () => {
    expect(parseRecordBulk('field,value\ndisputedAmount,"1,5"\n').pairs).toEqual([
      { name: 'disputedAmount', raw: '1,5', line: 2 },
    ])
    expect(parseRecordBulk('Disputed amount\t12\r\ncallbackRequested\ttrue').pairs).toEqual([
      { name: 'Disputed amount', raw: '12', line: 1 },
      { name: 'callbackRequested', raw: 'true', line: 2 },
    ])
    expect(parseRecordBulk('{"disputedAmount": 12.5, "callbackRequested": true, "x": null}').pairs).toEqual([
      { name: 'disputedAmount', raw: 12.5, line: 1 },
      { name: 'callbackRequested', raw: true, line: 2 },
      { name: 'x', raw: null, line: 3 },
    ])
  })

  it('names malformed input by line', () => {
    expect(parseRecordBulk('   ').errors).toEqual([{ line: 1, code: 'empty' }])
    expect(parseRecordBulk('{"a": ').errors).toEqual([{ line: 1, code: 'json-syntax' }])
    expect(parseRecordBulk('["a"]').errors).toEqual([{ line: 1, code: 'json-not-object' }])
    expect(parseRecordBulk('{"a": {"b": 1}}').errors).toEqual([
      { line: 1, code: 'value-not-scalar', name: 'a' },
    ])
    expect(parseRecordBulk('a,1\nb,2,3\nc,"open').errors).toEqual([
      { line: 2, code: 'field-count' },
      { line: 3, code: 'unterminated-quote' },
    ])
  })
})

describe('planRecordBulk', () => {
  it('types every value as the editor does, and accepts what the editor cannot type', () => {
    const result = plan(
      [
        'disputedAmount,"64,95"',
        'callbackRequested,yes',
        'Dispute reason,Suspected fraud',
        'followUpAt,2026-12-24T08:00:00.000Z',
      ].join('\n'),
    )
    expect(result.stage).toEqual([
      ['disputedAmount', 64.95],
      ['callbackRequested', true],
      ['disputeReason', 'fraud'],
      ['followUpAt', '2026-12-24T08:00:00.000Z'],
    ])
    expect(result.invalid).toEqual([])
  })

  it('stages nothing while a value breaks its rule or a field is named twice, and names each', () => {
    const result = plan(
      'disputedAmount,12x\ncallbackRequested,maybe\ncampaignCode,\ndisputeReason,fraud\nDispute reason,fraud',
    )
    expect(result.stage).toEqual([])
    expect(result.invalid).toEqual([
      {
        line: 1,
        title: 'Disputed amount',
        problem: { field: 'disputedAmount', rule: 'type', limit: 'number' },
      },
      {
        line: 2,
        title: 'Callback requested',
        problem: { field: 'callbackRequested', rule: 'type', limit: 'boolean' },
      },
      {
        line: 3,
        title: 'Campaign code',
        problem: { field: 'campaignCode', rule: 'required', limit: undefined },
      },
    ])
    expect(result.duplicates).toEqual([{ line: 5, title: 'Dispute reason', earlier: 4 }])
  })

  it('skips and lists unknown fields and fields the policy forbids; a hidden field counts as unknown', () => {
    const result = plan(
      'nope,1\ninternalNote,x\ncampaignCode,NEW\ncardNumber,5500000000000004\ndisputedAmount,1',
      agent,
    )
    expect(result.stage).toEqual([['disputedAmount', 1]])
    expect(result.unknown).toEqual([
      { line: 1, name: 'nope' },
      { line: 2, name: 'internalNote' },
    ])
    expect(result.notWritable).toEqual([
      { line: 3, title: 'Campaign code' },
      { line: 4, title: 'Card number' },
    ])
  })

  it('does not tell whether a guess of a masked value is right', () => {
    expect(plan('cardNumber,4111111111111111', agent).notWritable).toEqual([
      { line: 1, title: 'Card number' },
    ])
    expect(plan('cardNumber,4111111111111111', agent).unchanged).toBe(0)
  })

  it('stages nothing when importing its own export, CSV or JSON, masked or not', () => {
    for (const [accessOf, exportMasked] of [
      [everything, false],
      [agent, false],
      [agent, true],
    ] as const) {
      const exported = exportableFields(fields, server, accessOf, exportMasked)
      for (const text of [recordToCsv(exported), recordToJson(exported)]) {
        const result = plan(text, accessOf)
        expect(result.stage).toEqual([])
        expect(result.invalid).toEqual([])
        expect(result.unknown).toEqual([])
      }
    }
  })
})

describe('recordAuditChanges', () => {
  it('writes old and new values as text, and dots for a field the user may not see', () => {
    const sent = { disputedAmount: 64.95, callbackRequested: null, cardNumber: '5500000000000004' }
    expect(recordAuditChanges(sent, server, agent)).toEqual([
      { name: 'disputedAmount', oldValue: '129.9', newValue: '64.95', masked: false },
      { name: 'callbackRequested', oldValue: 'false', newValue: '', masked: false },
      { name: 'cardNumber', oldValue: '••••••••', newValue: '••••••••', masked: true },
    ])
    expect(recordAuditChanges({ internalNote: 'y' }, server, agent)).toEqual([
      { name: 'internalNote', oldValue: '••••••••', newValue: '••••••••', masked: true },
    ])
    expect(recordAuditChanges({ followUpAt: 'x' }, {}, everything)).toEqual([
      { name: 'followUpAt', newValue: 'x', masked: false },
    ])
  })
})
