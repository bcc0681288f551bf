import { GenesysApiError, isAmbiguousWriteFailure, kindForStatus, parseRetryAfterSeconds } from './errors.ts'

const headers = (entries: Record<string, string> = {}) => new Headers(entries)
const rateLimitBody = (seconds: string) => ({
  message: `Rate limit exceeded the maximum. Retry the request in [${seconds}] seconds`,
  code: 'too.many.requests.retry.after',
  status: 429,
})

describe('parseRetryAfterSeconds', () => {
  it('prefers the Retry-After header when it can be read', () => {
    expect(parseRetryAfterSeconds(headers({ 'Retry-After': '3' }), rateLimitBody('42'))).toBe(3)
  })

  it('falls back to the number in the message when CORS hides the header', () => {
    expect(parseRetryAfterSeconds(headers(), rateLimitBody('42'))).toBe(42)
  })

  it('reads an HTTP-date header relative to now', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(
      parseRetryAfterSeconds(headers({ 'Retry-After': 'Thu, 01 Jan 2026 00:00:10 GMT' }), undefined, now),
    ).toBe(10)
  })

  it('ignores an unreadable header and a body without a number', () => {
    expect(
      parseRetryAfterSeconds(headers({ 'Retry-After': 'soon' }), { message: 'Rate limit exceeded' }),
    ).toBeUndefined()
    expect(parseRetryAfterSeconds(undefined, 'not an object')).toBeUndefined()
  })
})

describe('kindForStatus', () => {
  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [422, 'bad-request'],
    [429, 'rate-limited'],
    [504, 'server'],
  ] as const)('%i → %s', (status, kind) => expect(kindForStatus(status)).toBe(kind))
})

describe('isAmbiguousWriteFailure', () => {
  const error = (method: string, kind: GenesysApiError['kind']) =>
    new GenesysApiError({ method, path: '/x', kind })

  it('is true for writes that failed on the network, by timeout or with 5xx', () => {
    expect(isAmbiguousWriteFailure(error('PATCH', 'network'))).toBe(true)
    expect(isAmbiguousWriteFailure(error('PATCH', 'timeout'))).toBe(true)
    expect(isAmbiguousWriteFailure(error('POST', 'server'))).toBe(true)
  })

  it('is false for refusals (nothing was applied) and for reads', () => {
    expect(isAmbiguousWriteFailure(error('PATCH', 'rate-limited'))).toBe(false)
    expect(isAmbiguousWriteFailure(error('PATCH', 'forbidden'))).toBe(false)
    expect(isAmbiguousWriteFailure(error('GET', 'network'))).toBe(false)
    expect(isAmbiguousWriteFailure(new Error('other'))).toBe(false)
  })
})
