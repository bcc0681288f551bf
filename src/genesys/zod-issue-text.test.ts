import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { issueText } from './zod-issue-text.ts'

/** zod's own English locale: what classic zod said, and what our messages must keep saying. */
const english = z.locales.en().localeError

function messages(schema: z.ZodMiniType, input: unknown, error: z.core.$ZodErrorMap) {
  const parsed = schema.safeParse(input, { error })
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)
}

const cases: Array<[string, z.ZodMiniType, unknown]> = [
  ['missing string', z.object({ id: z.string() }), {}],
  ['number for string', z.string(), 5],
  ['null for object', z.object({}), null],
  ['array for object', z.object({}), []],
  ['NaN for number', z.number(), Number.NaN],
  ['class instance for array', z.array(z.string()), new Date(0)],
  ['float for int', z.number().check(z.int()), 1.5],
  ['empty string', z.string().check(z.minLength(1)), ''],
  ['long string', z.string().check(z.maxLength(2)), 'abc'],
  ['too many items', z.array(z.string()).check(z.maxLength(1)), ['a', 'b']],
  ['not positive', z.number().check(z.positive()), 0],
  ['below minimum', z.number().check(z.gte(5)), 4],
  ['above maximum', z.number().check(z.lte(3_600)), 4_000],
  ['regex', z.string().check(z.regex(/^[a-z]+$/)), 'A1'],
  ['url', z.url({ protocol: /^https?$/ }), 'ftp://x'],
  ['uuid', z.uuid(), 'nope'],
  ['enum', z.enum(['pkce', 'implicit']), 'basic'],
  ['literal', z.literal('pdw-auth-popup'), 'other'],
  ['one unknown key', z.strictObject({ a: z.string() }), { a: 'x', b: 1 }],
  ['unknown keys', z.strictObject({}), { b: 1, c: 2 }],
  ['record value', z.record(z.string(), z.string()), { a: 1 }],
]

describe('issueText', () => {
  it.each(cases)('%s: says what zod’s English locale says', (_name, schema, input) => {
    const ours = messages(schema, input, issueText)
    expect(ours.length).toBeGreaterThan(0)
    expect(ours).toEqual(messages(schema, input, english))
    expect(ours).not.toContain('Invalid input')
  })

  it('names the expected and received types, e.g. for a wrong API answer', () => {
    expect(messages(z.object({ id: z.string() }), { id: 7 }, issueText)).toEqual([
      'Invalid input: expected string, received number',
    ])
  })

  it('leaves a message the schema sets itself alone', () => {
    const schema = z.string().check(z.refine((value) => value === 'ok', { message: 'must be ok' }))
    expect(messages(schema, 'no', issueText)).toEqual(['must be ok'])
  })
})
