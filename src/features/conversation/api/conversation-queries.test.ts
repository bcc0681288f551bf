import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { GenesysClient } from '../../../genesys/client.ts'
import { GenesysApiError } from '../../../genesys/errors.ts'
import { conversationQueries, meRetryMs } from './conversation-queries.ts'

const unavailable = (retryAfterSeconds?: number) =>
  new GenesysApiError({
    kind: 'server',
    method: 'GET',
    path: '/api/v2/users/me',
    status: 503,
    retryAfterSeconds,
  })

describe('the users/me read', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('waits the fallback poll before asking again, or longer when Retry-After says so', () => {
    expect(meRetryMs(unavailable())).toBe(10_000)
    expect(meRetryMs(unavailable(30))).toBe(30_000)
    expect(meRetryMs(new TypeError('Failed to fetch'))).toBe(10_000)
  })

  it('is asked again by itself after it failed, so the staged edits get their owner without a reload', async () => {
    vi.useFakeTimers()
    let calls = 0
    const getMe = vi.fn(() => {
      calls += 1
      return calls === 1 ? Promise.reject(unavailable()) : Promise.resolve({ id: 'user-1', name: 'Alex' })
    })
    const client = { getMe } as unknown as GenesysClient
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const observer = new QueryObserver(queryClient, conversationQueries.me(client))
    const unsubscribe = observer.subscribe(() => undefined)
    await vi.advanceTimersByTimeAsync(0)
    expect(observer.getCurrentResult().isError).toBe(true)

    await vi.advanceTimersByTimeAsync(9_000)
    expect(getMe).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(getMe).toHaveBeenCalledTimes(2)
    expect(observer.getCurrentResult().data).toEqual({ id: 'user-1', name: 'Alex' })

    // Once known it is not polled.
    await vi.advanceTimersByTimeAsync(60_000)
    expect(getMe).toHaveBeenCalledTimes(2)
    unsubscribe()
  })
})
