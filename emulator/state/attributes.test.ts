import { describe, expect, it } from 'vitest'
import { createAttributeMap } from '../../src/genesys/attribute-map.ts'
import { checkAttributeWrite, mergeAttributes } from './attributes.ts'

const limits = { maxAttributesPerParticipant: 3, maxValueLength: 5, maxNameLength: 4 }
const map = (entries: Record<string, string>): Record<string, string> =>
  createAttributeMap(Object.entries(entries))

describe('mergeAttributes', () => {
  it('overwrites names sent, keeps the rest, stores "" and returns a null-prototype copy', () => {
    const existing = map({ a: '1', b: '2' })
    const merged = mergeAttributes(existing, map({ b: '', c: '3' }))
    expect({ ...merged }).toEqual({ a: '1', b: '', c: '3' })
    expect(Object.getPrototypeOf(merged)).toBeNull()
    expect({ ...existing }).toEqual({ a: '1', b: '2' })
  })

  it('treats __proto__ as a plain name', () => {
    const merged = mergeAttributes(map({}), createAttributeMap([['__proto__', 'x']]))
    expect(Object.keys(merged)).toEqual(['__proto__'])
    expect(merged.__proto__).toBe('x')
  })
})

describe('checkAttributeWrite', () => {
  it('accepts writes within the limits, counting only new names', () => {
    expect(checkAttributeWrite(map({ a: '1', b: '2', c: '3' }), map({ a: '12345' }), limits)).toBeNull()
  })

  it.each([
    [map({}), map({ ' ': 'x' }), /blank/],
    [map({}), map({ toolong: 'x' }), /longer than 4/],
    [map({}), map({ a: '123456' }), /longer than 5/],
    [map({ a: '1', b: '2', c: '3' }), map({ d: '4' }), /at most 3/],
  ])('rejects %o + %o', (existing, patch, message) => {
    expect(checkAttributeWrite(existing, patch, limits)?.message).toMatch(message)
  })
})
