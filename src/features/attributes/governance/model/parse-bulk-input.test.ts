import { describe, expect, it } from 'vitest'
import { parseBulkInput } from './parse-bulk-input.ts'
import { parseDelimited } from './parse-delimited.ts'

const pairsOf = (text: string) => parseBulkInput(text).pairs.map((p) => [p.name, p.value, p.line])

describe('parseDelimited (RFC 4180)', () => {
  it('handles quoted delimiters, doubled quotes, line breaks inside quotes and CRLF', () => {
    const text = 'a,"b, c"\r\n"x ""y""","line1\nline2"\r\nlast,'
    expect(parseDelimited(text, ',')).toEqual({
      records: [
        { fields: ['a', 'b, c'], line: 1 },
        { fields: ['x "y"', 'line1\nline2'], line: 2 },
        { fields: ['last', ''], line: 4 },
      ],
      unterminatedAt: undefined,
    })
  })
  it('reports a quote that never closes with the line it started on', () => {
    expect(parseDelimited('a,b\nc,"open\nstill', ',').unterminatedAt).toBe(2)
  })
  it('keeps a quote inside an unquoted field as written', () => {
    expect(parseDelimited('say 5" nail,x', ',').records[0]?.fields).toEqual(['say 5" nail', 'x'])
  })
})

describe('parseBulkInput', () => {
  it('reads CSV with an optional header and skips blank lines', () => {
    expect(pairsOf('name,value\nTier,Gold\n\nNote,"a, b"\n')).toEqual([
      ['Tier', 'Gold', 2],
      ['Note', 'a, b', 4],
    ])
    expect(pairsOf('Tier,Gold')).toEqual([['Tier', 'Gold', 1]])
  })
  it('reads TSV pasted from a spreadsheet, commas in values included', () => {
    const parsed = parseBulkInput('Name\tValue\nTier\tGold, really\nNote\t"two\nlines"')
    expect(parsed.format).toBe('tsv')
    expect(parsed.pairs.map((p) => [p.name, p.value])).toEqual([
      ['Tier', 'Gold, really'],
      ['Note', 'two\nlines'],
    ])
  })
  it('reads a JSON object, __proto__ included, and refuses non-string values by name', () => {
    const parsed = parseBulkInput('{"__proto__": "x", "Tier": "Gold", "Count": 3}')
    expect(parsed.format).toBe('json')
    expect(parsed.pairs.map((p) => p.name)).toEqual(['__proto__', 'Tier'])
    expect(parsed.errors).toEqual([{ line: 3, code: 'value-not-string', params: { name: 'Count' } }])
  })
  it('reports bad lines by number: wrong field count, duplicates, bad JSON, empty input', () => {
    const parsed = parseBulkInput('A,1\nB\nA,2\nC,3,4')
    expect(parsed.pairs.map((p) => p.name)).toEqual(['A'])
    expect(parsed.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'field-count'],
      [3, 'duplicate-name'],
      [4, 'field-count'],
    ])
    expect(parseBulkInput('{"a": ').errors[0]?.code).toBe('json-syntax')
    expect(parseBulkInput('["a"]').errors[0]?.code).toBe('json-not-object')
    expect(parseBulkInput('  \n').errors[0]?.code).toBe('empty')
  })
})
