import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import type { GenesysClient } from '../../../genesys/client.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import { markRead, nextReadSequence } from '../../../genesys/read-freshness.ts'
import type { LiveConnectionOptions } from './live-connection.ts'
import { useLiveConversations } from './use-live-conversations.ts'

const started: LiveConnectionOptions[] = []
const stop = vi.fn()
const loaded = () =>
  Promise.resolve({
    startLiveConnection: (options: LiveConnectionOptions) => {
      started.push(options)
      options.onStatus('live')
      return stop
    },
  })

const client = { apiOrigin: 'https://api.test.invalid' } as GenesysClient
const queryClient = new QueryClient()
const readBefore = genesysKeys.conversation('c-read-before-live')
const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
)

beforeEach(() => {
  started.length = 0
  stop.mockClear()
})

describe('useLiveConversations', () => {
  it('loads the connection code once the user is known, reports its status and stops it on unmount', async () => {
    const { result, rerender, unmount } = renderHook(
      ({ userId }) => useLiveConversations(client, userId, loaded),
      {
        wrapper,
        initialProps: { userId: undefined as string | undefined },
      },
    )
    queryClient.setQueryData(
      readBefore,
      markRead({ id: 'c-read-before-live', participants: [] }, nextReadSequence()),
    )
    expect(result.current.status).toBe('connecting')
    expect(started).toHaveLength(0)

    rerender({ userId: 'u1' })
    await waitFor(() => expect(result.current.status).toBe('live'))
    // Read before updates began, so not kept current by them: fetched again the moment they begin.
    expect(queryClient.getQueryState(readBefore)?.isInvalidated).toBe(true)
    expect(started.map((options) => options.userId)).toEqual(['u1'])
    unmount()
    expect(stop).toHaveBeenCalledTimes(1)
  })

  it('says live updates are down when the connection code cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    // One loader for every render, as in the app: a new function each render would restart the effect.
    const unreachable = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
    const { result } = renderHook(() => useLiveConversations(client, 'u1', unreachable), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('down'))
    expect(started).toHaveLength(0)
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^Live updates: the connection code could not load/),
    )
  })
})
