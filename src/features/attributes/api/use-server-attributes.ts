import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { createAttributeMap, type AttributeMap } from '../../../genesys/attribute-map.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import type { Conversation } from '../../../genesys/schemas.ts'
import { observeServerAttributes, pendingWrites } from '../model/detect-live-changes.ts'
import type { EditAction, EditMap, LiveChange } from '../model/staged-edit.ts'
import { serverTruthOf } from './optimistic-conversation.ts'
import { participantAttributes } from './server-attributes.ts'

/** Enough to show what changed during a call without growing without bound over a long one. */
const keptLiveChanges = 200

interface Observed {
  participantId: string
  server: AttributeMap
  /** The edits as of the previous render: a poll may confirm (and remove) our write in the same render. */
  edits: EditMap
  /**
   * Every value we had in flight since the last server snapshot was observed. The store learns of a confirmation
   * synchronously, the query cache a tick later (react-query batches its notifications), so by the time the
   * server's echo of our write renders here, the edit may already be gone from `edits`.
   */
  ours: AttributeMap
  changes: readonly LiveChange[]
}

/**
 * The participant's attributes as the server last showed them (our own optimistic cache entry is skipped), the
 * changes others made while the panel was open, and the server's confirmation of edits that have landed.
 */
export function useServerAttributes(
  conversation: Conversation,
  participantId: string,
  edits: EditMap,
  dispatch: (action: EditAction) => void,
): { server: AttributeMap; liveChanges: readonly LiveChange[] } {
  const queryClient = useQueryClient()
  // Stable per snapshot: the same server map while our optimistic entry is in the cache, even right after a remount.
  const server = participantAttributes(serverTruthOf(conversation), participantId)

  const [observed, setObserved] = useState<Observed>(() => ({
    participantId,
    server,
    edits,
    ours: pendingWrites(edits),
    changes: [],
  }))
  if (observed.participantId !== participantId) {
    setObserved({ participantId, server, edits, ours: pendingWrites(edits), changes: [] })
  } else if (observed.server !== server) {
    // When the cache received this snapshot: the moment the change became visible here.
    const at = queryClient.getQueryState(genesysKeys.conversation(conversation.id))?.dataUpdatedAt ?? 0
    const ours = createAttributeMap([
      ...Object.entries(observed.ours),
      ...Object.entries(pendingWrites(observed.edits)),
      ...Object.entries(pendingWrites(edits)),
    ])
    const fresh = observeServerAttributes(observed.server, server, ours, at)
    setObserved({
      participantId,
      server,
      edits,
      ours: pendingWrites(edits),
      changes: [...observed.changes, ...fresh].slice(-keptLiveChanges),
    })
  } else if (observed.edits !== edits) {
    setObserved({
      ...observed,
      edits,
      ours: createAttributeMap([...Object.entries(observed.ours), ...Object.entries(pendingWrites(edits))]),
    })
  }

  // Every server snapshot that reaches the cache goes to the reducer as it arrives, not once per render: two live
  // events in one tick render once, and the first one (another writer's value while ours was being applied) would
  // otherwise never be seen, nor reported when ours lands over it. The snapshot on screen at mount goes first.
  const conversationId = conversation.id
  useEffect(() => {
    const reconcileWith = (data: Conversation) =>
      dispatch({
        type: 'reconcile',
        server: participantAttributes(serverTruthOf(data), participantId),
        at: Date.now(),
      })
    const queryKey = genesysKeys.conversation(conversationId)
    const current = queryClient.getQueryData<Conversation>(queryKey)
    if (current) reconcileWith(current)
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return
      if (JSON.stringify(event.query.queryKey) !== JSON.stringify(queryKey)) return
      const data = event.query.state.data as Conversation | undefined
      if (data) reconcileWith(data)
    })
  }, [queryClient, conversationId, participantId, dispatch])

  return { server, liveChanges: observed.changes }
}
