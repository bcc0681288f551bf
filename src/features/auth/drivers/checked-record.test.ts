import { describe, expect, it } from 'vitest'
import { finiteNumber, literal, readExactly, text } from './checked-record.ts'

type Answer = { source: 'pdw-auth-popup'; url: string }
const readAnswer = (value: unknown) =>
  readExactly<Answer>(value, { source: literal('pdw-auth-popup'), url: text(20) })

describe('checks by hand, with the rules of z.strictObject', () => {
  it('takes exactly the checked keys with valid values', () => {
    expect(readAnswer({ source: 'pdw-auth-popup', url: 'http://x/?a=1' })).toEqual({
      source: 'pdw-auth-popup',
      url: 'http://x/?a=1',
    })
  })

  it('refuses a missing, unknown or invalid field, and anything but a plain object', () => {
    expect(readAnswer({ source: 'pdw-auth-popup' })).toBeUndefined()
    expect(readAnswer({ source: 'pdw-auth-popup', url: 'u', extra: 1 })).toBeUndefined()
    expect(readAnswer({ source: 'pdw-auth-popup', url: 'u', constructor: 'x' })).toBeUndefined()
    expect(readAnswer({ source: 'other', url: 'u' })).toBeUndefined()
    expect(readAnswer({ source: 'pdw-auth-popup', url: 'x'.repeat(21) })).toBeUndefined()
    for (const value of [null, undefined, 'text', ['pdw-auth-popup', 'u']])
      expect(readAnswer(value)).toBeUndefined()
  })

  it('counts only finite numbers as numbers, as z.number() does', () => {
    const read = (createdAt: unknown) =>
      readExactly<{ createdAt: number }>({ createdAt }, { createdAt: finiteNumber })
    expect(read(1_700_000_000_000)).toEqual({ createdAt: 1_700_000_000_000 })
    for (const value of [Number.NaN, Infinity, '1', undefined]) expect(read(value)).toBeUndefined()
  })
})
