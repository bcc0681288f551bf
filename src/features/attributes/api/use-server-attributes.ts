import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { createAttributeMap, type AttributeMap } from '../../../genesys/attribute-map.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import type { Conversation } from '../../../genesys/schemas.ts'
import { observeServerAttributes, pendingWrites } from '../model/detect-live-changes.ts'
import type { EditMap, LiveChange } from '../model/staged-edit.ts'
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
 * The participant's attributes as the server last showed them (our own optimistic cache entry is skipped) and the
 * changes others made while the panel was open, derived in render. The staged edits learn of the same snapshots
 * from the store's own watch on the cache (reconcile-server-snapshots.ts), not from here: it runs while no panel is.
 */
export function useServerAttributes(
  conversation: Conversation,
  participantId: string,
  edits: EditMap,
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

  return { server, liveChanges: observed.changes }
}
