import { describe, expect, it } from 'vitest'
import {
  checkFieldValue,
  describeFieldProblem,
  fieldsOfSchema,
  type FieldSpec,
} from './custom-attribute-fields.ts'

const ref = (core: string) => ({ allOf: [{ $ref: `#/definitions/${core}` }] })

describe('fieldsOfSchema', () => {
  it('reads Genesys-style core-type references and plain JSON-schema types alike, in document order', () => {
    const fields = fieldsOfSchema({
      required: ['code'],
      properties: {
        code: { ...ref('text'), title: 'Code', maxLength: 5 },
        amount: { type: 'number', minimum: 0 },
        count: { ...ref('integer') },
        flag: { ...ref('checkbox') },
        reason: { ...ref('enum'), enum: ['a', 'b'], _enumProperties: { a: { title: 'Alpha' } } },
        at: { type: ['string', 'null'], format: 'date-time' },
        notes: { ...ref('longtext') },
        blob: { type: 'object' },
        broken: 'not an object',
      },
    })
    expect(fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['code', 'text', true],
      ['amount', 'number', false],
      ['count', 'integer', false],
      ['flag', 'boolean', false],
      ['reason', 'enum', false],
      ['at', 'datetime', false],
      ['notes', 'longtext', false],
      ['blob', 'unknown', false],
    ])
    expect(fields[0]).toMatchObject({ title: 'Code', maxLength: 5 })
    expect(fields[1]?.title).toBe('amount')
    expect(fields[4]?.options).toEqual([
      { value: 'a', title: 'Alpha' },
      { value: 'b', title: 'b' },
    ])
  })

  it('treats a field named __proto__ as an ordinary field', () => {
    const properties = JSON.parse('{"__proto__": {"type": "string", "title": "Proto"}}') as Record<
      string,
      unknown
    >
    expect(fieldsOfSchema({ properties }).map((f) => f.title)).toEqual(['Proto'])
  })
})

const field = (spec: Partial<FieldSpec>): FieldSpec => ({
  name: 'f',
  title: 'F',
  kind: 'text',
  required: false,
  ...spec,
})

describe('checkFieldValue', () => {
  it.each([
    [{ kind: 'number' } as const, 'twelve', 'type'],
    [{ kind: 'integer' } as const, 1.5, 'type'],
    [{ kind: 'number', maximum: 10 } as const, 11, 'maximum'],
    [{ kind: 'number', minimum: 0 } as const, -1, 'minimum'],
    [{ kind: 'boolean' } as const, 'true', 'type'],
    [{ kind: 'enum', options: [{ value: 'a', title: 'A' }] } as const, 'z', 'enum'],
    [{ kind: 'text', maxLength: 3 } as const, 'abcd', 'maxLength'],
    [{ kind: 'text', minLength: 2 } as const, 'a', 'minLength'],
    [{ kind: 'datetime' } as const, '2026-13-40T99:00:00Z', 'format'],
    [{ kind: 'datetime' } as const, 'tomorrow', 'format'],
    [{ kind: 'date' } as const, '02.12.2026', 'format'],
    [{ kind: 'text', required: true } as const, '', 'required'],
    [{ kind: 'number', required: true } as const, null, 'required'],
  ])('%o refuses %j (%s)', (spec, value, rule) => {
    expect(checkFieldValue(field(spec), value)?.rule).toBe(rule)
  })

  it('accepts values that fit, and an empty optional field', () => {
    expect(checkFieldValue(field({ kind: 'datetime' }), '2026-12-02T09:30:00.000Z')).toBeNull()
    expect(checkFieldValue(field({ kind: 'number', maximum: 10 }), 10)).toBeNull()
    expect(checkFieldValue(field({ kind: 'text', maxLength: 2 }), '😀😀')).toBeNull()
    expect(checkFieldValue(field({ kind: 'enum' }), null)).toBeNull()
  })

  it('describes a problem naming the field and the rule', () => {
    expect(describeFieldProblem({ field: 'amount', rule: 'type', limit: 'number' }, 'Amount')).toBe(
      'Amount must be a number.',
    )
    expect(describeFieldProblem({ field: 'x', rule: 'maxLength', limit: 20 })).toBe(
      'x must have at most 20 characters.',
    )
  })
})
