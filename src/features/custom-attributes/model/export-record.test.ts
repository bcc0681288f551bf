import { describe, expect, it } from 'vitest'
import { fieldsOfSchema } from '../../../genesys/custom-attribute-fields.ts'
import { schema } from '../test/fake-custom-attributes-api.ts'
import type { FieldAccessOf } from './field-access.ts'
import {
  exportableFields,
  exportFileStem,
  recordCsvMarker,
  recordToCsv,
  recordToJson,
} from './export-record.ts'

const fields = fieldsOfSchema(schema.jsonSchema)
const server = {
  campaignCode: '=HYPERLINK("x")',
  disputedAmount: 129.9,
  callbackRequested: false,
  disputeReason: 'wrong-amount',
}
const everything: FieldAccessOf = () => 'editable'
const agent: FieldAccessOf = (name) =>
  name === 'disputedAmount' ? 'masked' : name === 'disputeReason' ? 'hidden' : 'editable'

describe('exportableFields', () => {
  it('gives the server values in schema order, typed', () => {
    expect(exportableFields(fields, server, everything, false)).toEqual([
      ['campaignCode', '=HYPERLINK("x")'],
      ['disputedAmount', 129.9],
      ['callbackRequested', false],
      ['disputeReason', 'wrong-amount'],
    ])
  })

  it('leaves hidden fields out and dots masked ones, unless exportMasked', () => {
    expect(exportableFields(fields, server, agent, false)).toEqual([
      ['campaignCode', '=HYPERLINK("x")'],
      ['disputedAmount', '••••••••'],
      ['callbackRequested', false],
    ])
    expect(exportableFields(fields, server, agent, true)).toContainEqual(['disputedAmount', 129.9])
    expect(exportableFields(fields, server, agent, true).map(([key]) => key)).not.toContain('disputeReason')
  })

  it('leaves out fields without a value and values it could not write back', () => {
    const exported = exportableFields(
      fields,
      { campaignCode: 'A', disputedAmount: { nested: 1 } },
      everything,
      false,
    )
    expect(exported).toEqual([['campaignCode', 'A']])
  })
})

describe('recordToCsv and recordToJson', () => {
  it('writes CSV with the marker line, a header, and the formula guard on cells', () => {
    const csv = recordToCsv(exportableFields(fields, server, everything, false))
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe(recordCsvMarker)
    expect(lines.slice(1)).toEqual([
      'field,value',
      `campaignCode,"'=HYPERLINK(""x"")"`,
      'disputedAmount,129.9',
      'callbackRequested,false',
      'disputeReason,wrong-amount',
      '',
    ])
  })

  it('writes JSON with the values typed and "__proto__" as an ordinary key', () => {
    expect(
      JSON.parse(
        recordToJson([
          ['disputedAmount', 12.5],
          ['__proto__', 'x'],
        ]),
      ),
    ).toEqual(JSON.parse('{"disputedAmount": 12.5, "__proto__": "x"}'))
    expect(recordToJson([['callbackRequested', true]])).toBe('{\n  "callbackRequested": true\n}\n')
  })

  it('names the file after the record, safely', () => {
    expect(exportFileStem('Billing dispute / Q3', 'r-1')).toBe('conversation-data-Billing-dispute-Q3-r-1')
    expect(exportFileStem('///', 'r-1')).toBe('conversation-data-record-r-1')
  })
})
