import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { GenesysClient } from '../../../genesys/client.ts'
import type { LiveStatus } from './live-status.ts'

/**
 * Starts live updates once the user is known (see live-connection.ts). The connection code is its own chunk,
 * fetched alongside the first API reads: the attributes come from those reads, so the socket, the channel sharing
 * and the event handling need not delay the first paint. If the chunk cannot load, live updates are down and say
 * so; the server is still checked before every commit.
 */
const loadLiveConnection = () => import('./live-connection.ts')

export function useLiveConversations(
  client: GenesysClient,
  userId: string | undefined,
  load: typeof loadLiveConnection = loadLiveConnection,
): LiveStatus {
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<LiveStatus>('connecting')

  useEffect(() => {
    if (!userId) return
    let stopped = false
    let stop: (() => void) | undefined
    load().then(
      ({ startLiveConnection }) => {
        if (!stopped) stop = startLiveConnection({ client, userId, queryClient, onStatus: setStatus })
      },
      (error: unknown) => {
        if (stopped) return
        console.warn(`Live updates: the connection code could not load (${String(error)})`)
        setStatus('down')
      },
    )
    return () => {
      stopped = true
      stop?.()
    }
  }, [client, userId, queryClient, load])

  return status
}
