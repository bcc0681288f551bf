import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef } from 'react'
import { createAttributeMap, readAttribute, type AttributeMap } from '../../../genesys/attribute-map.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import { useGenesysClient } from '../../../lib/genesys-client-context.tsx'
import type { AccessOf } from '../model/attribute-access.ts'
import { readCommitProblem } from '../model/commit-problem.ts'
import { listEdits } from '../model/edit-map.ts'
import { planCommit } from '../model/plan-commit.ts'
import type { EditAction, EditMap, ServerAttributes } from '../model/staged-edit.ts'
import { useStagedEditsStore } from '../store/staged-edits-provider.tsx'
import { participantEditsKey, selectParticipantEdits } from '../store/staged-edits-store.ts'
import { CommitFailure, type CommitOutcome } from './commit-failure.ts'
import { confirmWrites } from './confirm-writes.ts'
import { rollbackOptimistic, showOptimistically } from './optimistic-conversation.ts'
import { fetchServerAttributes, freshServerAttributes } from './server-attributes.ts'

export type LiveStatus = 'live' | 'connecting' | 'reconnecting' | 'down'

/** What one accepted PATCH changed, for an audit trail: the edited names and the values they replaced. */
export interface CommittedChanges {
  readonly patch: AttributeMap
  readonly before: ServerAttributes
}

/** Optional governance hooks; without them every name is writable and nothing else is sent. */
export interface CommitGovernance {
  accessOf?: AccessOf
  /** Extra names written in the same PATCH (an audit stamp), computed at send time. */
  extraAttributes?: () => AttributeMap
  onCommitted?: (changes: CommittedChanges) => void
}

/** After these, the server may hold more than the cache shows: look before deciding what to send. */
const needsFreshLook = new Set(['uncertain', 'unconfirmed', 'interrupted'])

function hasConfirming(edits: EditMap): boolean {
  return listEdits(edits).some((edit) => edit.phase === 'confirming')
}

/**
 * Commits one participant's staged edits: one PATCH with only the changed, non-conflicting names, an optimistic
 * cache entry, and confirmation that the server shows the values (the 202 is asynchronous). Failures keep the
 * edits and say why; an uncertain failure is checked against the server before anything is offered again.
 */
export function useCommitParticipantEdits(ids: {
  conversationId: string
  participantId: string
  liveStatus: LiveStatus
  governance?: CommitGovernance | undefined
}) {
  const { conversationId, participantId, liveStatus, governance } = ids
  const client = useGenesysClient()
  const queryClient = useQueryClient()
  const store = useStagedEditsStore()
  const key = participantEditsKey(conversationId, participantId)
  const confirmation = useRef<AbortController | null>(null)

  const readEdits = () => selectParticipantEdits(store.getState(), key).edits
  const dispatch = (action: EditAction) => store.getState().dispatch(key, action)
  const readServer = () => fetchServerAttributes(queryClient, client, conversationId, participantId)

  const startConfirmation = (names: readonly string[]) => {
    confirmation.current?.abort()
    const controller = new AbortController()
    confirmation.current = controller
    void confirmWrites({
      signal: controller.signal,
      isWaiting: () => hasConfirming(readEdits()),
      readServer,
      onServer: (server) => dispatch({ type: 'reconcile', server }),
      onGiveUp: () => dispatch({ type: 'confirm-timeout', names }),
    })
  }

  // Writes still unconfirmed from before this panel mounted (another tab of the widget, a remount) resume polling.
  useEffect(() => {
    const waiting = listEdits(selectParticipantEdits(store.getState(), key).edits).filter(
      (e) => e.phase === 'confirming',
    )
    if (waiting.length > 0) startConfirmation(waiting.map((e) => e.name))
    return () => confirmation.current?.abort()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per participant; the helpers read the store live
  }, [key])

  const mutation = useMutation<CommitOutcome, CommitFailure>({
    mutationKey: [...genesysKeys.conversation(conversationId), 'commit-attributes', participantId],
    mutationFn: async () => {
      const mustRefetch =
        liveStatus !== 'live' || listEdits(readEdits()).some((e) => needsFreshLook.has(e.problem ?? ''))
      const server = await freshServerAttributes(
        queryClient,
        client,
        { conversationId, participantId },
        mustRefetch,
      )
      dispatch({ type: 'reconcile', server })
      const plan = planCommit(readEdits(), server, governance?.accessOf)
      const refused = plan.refused
      if (plan.names.length === 0) return { sent: [], heldBack: plan.conflicts, refused }
      dispatch({ type: 'commit-begin', names: plan.names })
      // The stamp rides along in the same PATCH; staged edits of the same name win over it.
      const body = createAttributeMap([
        ...Object.entries(governance?.extraAttributes?.() ?? createAttributeMap()),
        ...Object.entries(plan.patch),
      ])
      const snapshot = await showOptimistically(queryClient, conversationId, participantId, body)
      try {
        await client.patchParticipantAttributes(conversationId, participantId, body)
      } catch (error) {
        rollbackOptimistic(queryClient, conversationId, snapshot)
        throw await settleFailure(error, plan.names)
      }
      dispatch({ type: 'commit-accepted', names: plan.names })
      governance?.onCommitted?.({ patch: body, before: server })
      startConfirmation(plan.names)
      return { sent: plan.names, heldBack: plan.conflicts, refused }
    },
    // Only after a failure: on success the optimistic entry stays until the live event or the confirmation poll
    // brings the server's own data. A refetch right after the 202 would arrive before Genesys applied the write,
    // costing a request (the whole map) to learn nothing (measured in docs/PERFORMANCE.md).
    onError: () => queryClient.invalidateQueries({ queryKey: genesysKeys.conversation(conversationId) }),
  })

  /** Never resend blindly: after a 5xx or a lost answer, look at what the server holds first. */
  async function settleFailure(error: unknown, names: readonly string[]): Promise<CommitFailure> {
    const problem = readCommitProblem(error)
    if (!problem.uncertain) {
      dispatch({ type: 'commit-failed', names, problem: problem.problem })
      return new CommitFailure(problem, names, [], false)
    }
    try {
      const server = await readServer()
      const landed = names.filter((name) => readAttribute(server, name) === readEdits()[name]?.value)
      // Back to staged first, then drop what the server turned out to hold: nothing is resent blindly.
      dispatch({ type: 'commit-failed', names, problem: 'uncertain' })
      dispatch({ type: 'reconcile', server })
      return new CommitFailure(problem, names, landed, true)
    } catch {
      dispatch({ type: 'commit-failed', names, problem: 'uncertain' })
      return new CommitFailure(problem, names, [], false)
    }
  }

  const { mutate } = mutation
  // Stable, so the rate-limit countdown can hold it without restarting its timer on every render.
  const commit = useCallback(() => mutate(), [mutate])
  return {
    commit,
    isCommitting: mutation.isPending,
    failure: mutation.error ?? undefined,
    outcome: mutation.data,
    reset: mutation.reset,
  }
}
