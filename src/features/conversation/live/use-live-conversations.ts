import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { GenesysClient } from '../../../genesys/client.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import { nextReadSequence, readSequenceOf } from '../../../genesys/read-freshness.ts'
import type { LiveStatus, Liveness } from './live-status.ts'

/**
 * Starts live updates once the user is known (see live-connection.ts). The connection code is its own chunk,
 * fetched alongside the first API reads: the attributes come from those reads, so the socket, the channel sharing
 * and the event handling need not delay the first paint. If the chunk cannot load, live updates are down and say
 * so; the server is still checked before every commit.
 */
const loadLiveConnection = () => import('./live-connection.ts')

/**
 * The live-update status. Each time updates (re)start, and after any gap (a reconnect, a hand-over between
 * frames), a new point on the read counter is taken and whatever was read before it is fetched again at once, so a
 * value a flow wrote while "Connecting…" shows (and conflicts) before the user reaches Commit.
 */
export function useLiveConversations(
  client: GenesysClient,
  userId: string | undefined,
  load: typeof loadLiveConnection = loadLiveConnection,
): Liveness {
  const queryClient = useQueryClient()
  const [liveness, setLiveness] = useState<Liveness>({ status: 'connecting' })

  useEffect(() => {
    if (!userId) return
    let stopped = false
    let stop: (() => void) | undefined
    let liveNow = false
    const restart = () => {
      setLiveness({ status: 'live' })
      refetchReadsBefore(queryClient, nextReadSequence())
    }
    const onStatus = (status: LiveStatus) => {
      if (stopped) return
      if (status !== 'live') {
        liveNow = false
        // A refusal stays said until updates flow again: the status that follows it must not erase the reason.
        return setLiveness((current) => (current.refused ? { status, refused: current.refused } : { status }))
      }
      if (!liveNow) restart()
      liveNow = true
    }
    load().then(
      ({ startLiveConnection }) => {
        if (stopped) return
        stop = startLiveConnection({
          client,
          userId,
          queryClient,
          onStatus,
          onGap: () => {
            if (!stopped && liveNow) restart()
          },
          onRefused: (refused) => {
            if (stopped) return
            liveNow = false
            setLiveness({ status: 'down', refused })
          },
        })
      },
      (error: unknown) => {
        if (stopped) return
        console.warn(`Live updates: the connection code could not load (${String(error)})`)
        setLiveness({ status: 'down' })
      },
    )
    return () => {
      stopped = true
      stop?.()
    }
  }, [client, userId, queryClient, load])

  return liveness
}

/** Conversation data read before `since` is not covered by live updates: read it again. */
function refetchReadsBefore(queryClient: QueryClient, since: number): void {
  void queryClient.invalidateQueries({
    queryKey: genesysKeys.conversations(),
    predicate: (query) => {
      const data: unknown = query.state.data
      if (Array.isArray(data)) return data.some((item: object) => readSequenceOf(item) <= since)
      return typeof data === 'object' && data !== null ? readSequenceOf(data) <= since : false
    },
  })
}
