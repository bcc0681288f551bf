import { GenesysApiError } from './errors.ts'
import { defaultReadRetryPolicy, retryDelayMs, withRetry, type RetryPolicy } from './retry-policy.ts'

const policy: RetryPolicy = { ...defaultReadRetryPolicy, maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 150 }
const failure = (kind: GenesysApiError['kind'], retryAfterSeconds?: number) =>
  new GenesysApiError({ method: 'GET', path: '/api/v2/conversations/c1', kind, retryAfterSeconds })

describe('retryDelayMs', () => {
  it('waits as long as a 429 asks, within the bound', () => {
    expect(retryDelayMs(failure('rate-limited', 2), 1, policy)).toBe(2000)
    expect(retryDelayMs(failure('rate-limited', 600), 1, policy)).toBeUndefined()
  })

  it('backs off exponentially for server, network and timeout failures, capped', () => {
    expect(retryDelayMs(failure('server'), 1, policy)).toBe(100)
    expect(retryDelayMs(failure('network'), 2, policy)).toBe(150)
  })

  it('does not retry refusals, or beyond the attempt budget', () => {
    expect(retryDelayMs(failure('not-found'), 1, policy)).toBeUndefined()
    expect(retryDelayMs(failure('forbidden'), 1, policy)).toBeUndefined()
    expect(retryDelayMs(failure('server'), 3, policy)).toBeUndefined()
  })
})

describe('withRetry', () => {
  it('retries until success and reports each wait', async () => {
    const sleeps: number[] = []
    const operation = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(failure('rate-limited', 1))
      .mockRejectedValueOnce(failure('server'))
      .mockResolvedValueOnce('ok')
    const result = await withRetry(operation, policy, { sleep: (ms) => (sleeps.push(ms), Promise.resolve()) })
    expect(result).toBe('ok')
    expect(sleeps).toEqual([1000, 150])
  })

  it('gives up after maxAttempts with the last error', async () => {
    const operation = vi.fn(() => Promise.reject(failure('server')))
    await expect(withRetry(operation, policy, { sleep: () => Promise.resolve() })).rejects.toMatchObject({
      kind: 'server',
    })
    expect(operation).toHaveBeenCalledTimes(3)
  })
})
