import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import type { Conversation } from '../../../genesys/schemas.ts'
import type { StagedEditsStore } from '../store/staged-edits-store.ts'
import { serverTruthOf } from './optimistic-conversation.ts'
import { participantAttributes } from './server-attributes.ts'

function conversationIdOf(queryKey: QueryKey): string | undefined {
  const id = queryKey[queryKey.length - 1]
  if (typeof id !== 'string') return undefined
  return JSON.stringify(queryKey) === JSON.stringify(genesysKeys.conversation(id)) ? id : undefined
}

/**
 * The one place a server snapshot reaches the staged edits (decision 0029). Every conversation the query cache
 * receives goes to the reducer of each participant with edits in it, as it arrives: a live event, a refetch, and the
 * reads of the commit path (its guarding read, the check after a lost answer, the confirmation poll), which
 * `readServerAttributes` writes into the cache unless something newer got there first. A read older than the cache
 * settles nothing, so it cannot take back what a newer one showed. Runs for as long as the store, not one panel:
 * a participant looked away from still has its writes confirmed and what they replaced noted.
 */
export function reconcileServerSnapshots(queryClient: QueryClient, store: StagedEditsStore): () => void {
  const reconcileWith = (conversationId: string, data: Conversation) => {
    const server = serverTruthOf(data)
    const prefix = `${conversationId}/`
    const { byKey, dispatch } = store.getState()
    for (const key of byKey.keys()) {
      if (!key.startsWith(prefix)) continue
      const participantId = key.slice(prefix.length)
      dispatch(key, {
        type: 'reconcile',
        server: participantAttributes(server, participantId),
        at: Date.now(),
      })
    }
  }
  const reconcileEntry = (queryKey: QueryKey, data: Conversation | undefined) => {
    const conversationId = conversationIdOf(queryKey)
    if (conversationId && data) reconcileWith(conversationId, data)
  }
  const cache = queryClient.getQueryCache()
  // What the cache held before this started (edits restored from storage meet the data already loaded).
  for (const query of cache.findAll({ queryKey: genesysKeys.conversations() }))
    reconcileEntry(query.queryKey, query.state.data as Conversation | undefined)
  return cache.subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return
    reconcileEntry(event.query.queryKey as QueryKey, event.query.state.data as Conversation | undefined)
  })
}
