import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef } from 'react'
import { createAttributeMap, readAttribute, type AttributeMap } from '../../../genesys/attribute-map.ts'
import { genesysKeys } from '../../../genesys/query-keys.ts'
import { useGenesysClient } from '../../../lib/genesys-client-context.tsx'
import type { AccessOf } from '../model/attribute-access.ts'
import type { AttributeLimits } from '../model/validation.ts'
import { readCommitProblem } from '../model/commit-problem.ts'
import { createEditMap, listEdits } from '../model/edit-map.ts'
import { planCommit } from '../model/plan-commit.ts'
import type { EditAction, EditMap, ServerAttributes } from '../model/staged-edit.ts'
import { useStagedEditsStore } from '../store/staged-edits-provider.tsx'
import {
  participantEditsKey,
  selectParticipantEdits,
  type StagedEditsStore,
} from '../store/staged-edits-store.ts'
import { CommitFailure, type CommitOutcome } from './commit-failure.ts'
import { confirmWrites } from './confirm-writes.ts'
import { rollbackOptimistic, showOptimistically } from './optimistic-conversation.ts'
import { readServerAttributes } from './server-attributes.ts'

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

/**
 * What the user asked to commit: each staged name with the value it had when they pressed Commit (or committed
 * from the review). A commit sends only these, and only while their value is still the one asked for: a commit
 * that waits (offline, a rate limit's countdown, a read before sending) must not pick up an edit staged or
 * changed meanwhile, which the user has not committed. Those stay staged for the next Commit.
 */
export type CommitRequest = ReadonlyMap<string, string>

export function requestOf(edits: EditMap, names?: readonly string[]): CommitRequest {
  return new Map(
    listEdits(edits)
      .filter((edit) => edit.phase === 'staged' && (names === undefined || names.includes(edit.name)))
      .map((edit) => [edit.name, edit.value] as const),
  )
}

/** The staged edits a commit may send: those of the request whose value is still the one the user committed. */
export function editsOfRequest(edits: EditMap, request: CommitRequest): EditMap {
  return createEditMap(listEdits(edits).filter((edit) => request.get(edit.name) === edit.value))
}

/** Names of the request staged again with another value since Commit (a discarded one is the user's own doing). */
function restagedSince(edits: EditMap, request: CommitRequest): string[] {
  return listEdits(edits)
    .filter(
      (edit) => edit.phase === 'staged' && request.has(edit.name) && request.get(edit.name) !== edit.value,
    )
    .map((edit) => edit.name)
}

function hasConfirming(edits: EditMap, names: readonly string[]): boolean {
  return listEdits(edits).some((edit) => edit.phase === 'confirming' && names.includes(edit.name))
}

/**
 * Commits one participant's staged edits: one PATCH with only the changed, non-conflicting names, an optimistic
 * cache entry, and confirmation that the server shows the values (the 202 is asynchronous). Failures keep the
 * edits and say why; an uncertain failure is checked against the server before anything is offered again.
 */
export function useCommitParticipantEdits(ids: {
  conversationId: string
  participantId: string
  governance?: CommitGovernance | undefined
  /** The names the server refuses to have written are never sent (decision 0035). */
  limits?: AttributeLimits | undefined
}) {
  const { conversationId, participantId, governance, limits } = ids
  const client = useGenesysClient()
  const queryClient = useQueryClient()
  const store = useStagedEditsStore()
  const key = participantEditsKey(conversationId, participantId)
  const confirmation = useRef<AbortController | null>(null)

  const readEdits = () => selectParticipantEdits(store.getState(), key).edits
  const dispatch = (action: EditAction) => store.getState().dispatch(key, action)
  // Each read goes into the query cache unless something newer is there, and the staged edits learn of it from the
  // cache alone (reconcile-server-snapshots.ts), panel open or not. Its value is returned for deciding, not settling.
  const readServer = () => readServerAttributes(queryClient, client, conversationId, participantId)

  // One watch per participant, over every write still waiting (a newer commit's watch takes over the older's).
  const startConfirmation = (sent: readonly string[]) => {
    const waiting = listEdits(readEdits()).filter((edit) => edit.phase === 'confirming')
    const names = [...new Set([...sent, ...waiting.map((edit) => edit.name)])]
    confirmation.current?.abort()
    const controller = new AbortController()
    confirmation.current = controller
    void confirmWrites({
      signal: controller.signal,
      isWaiting: () => hasConfirming(readEdits(), names),
      readServer,
      onGiveUp: () => dispatch({ type: 'confirm-timeout', names }),
    })
  }

  // Writes sent before this panel mounted (a reload while Genesys was still applying one, another frame, a remount)
  // are checked again for a full window; they are never resent by themselves.
  useEffect(() => {
    const waiting = listEdits(selectParticipantEdits(store.getState(), key).edits).filter(
      (e) => e.phase === 'confirming',
    )
    const names = waiting.map((e) => e.name)
    if (names.length > 0) {
      dispatch({ type: 'check-again', names })
      startConfirmation(names)
    }
    return () => confirmation.current?.abort()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per participant; the helpers read the store live
  }, [key])

  const mutation = useMutation<CommitOutcome, CommitFailure, CommitRequest>({
    mutationKey: [...genesysKeys.conversation(conversationId), 'commit-attributes', participantId],
    mutationFn: async (request) => {
      // Edits go out only as the user who staged them (decision 0032): not before `users/me` has named the user,
      // and not if someone else signed in while the read was on its way (a 401, a re-sign-in as another agent).
      const { owner } = store.getState()
      const nothingSent: CommitOutcome = { sent: [], committed: [], heldBack: [], refused: [] }
      if (owner === undefined && store.getState().tokenTag !== undefined) return nothingSent
      // What is safe to send is decided against a read that starts now, never the cache: live updates may not
      // have covered it (still connecting, a rejected topic, a gap, someone else's conversation).
      let server: ServerAttributes
      try {
        server = await readServer()
      } catch (error) {
        throw new CommitFailure(readCommitProblem(error), [], [], false, { sent: false })
      }
      // A re-sign-in during the read (its 401) brought a new token: its user is known once users/me answers.
      if ((await settledOwner(store)) !== owner) return nothingSent
      // The read has reached the store through the cache by now; the plan is made against the read itself.
      const plan = planCommit(editsOfRequest(readEdits(), request), server, governance?.accessOf, limits)
      const { refused, unwritable } = plan
      const changedSinceCommit = restagedSince(readEdits(), request)
      if (plan.names.length === 0)
        return { sent: [], committed: [], heldBack: plan.conflicts, refused, unwritable, changedSinceCommit }
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
        throw await settleFailure(error, plan.names, plan.patch).catch(
          (unexpected: unknown) => new CommitFailure(readCommitProblem(unexpected), plan.names, [], false),
        )
      }
      dispatch({ type: 'commit-accepted', names: plan.names })
      governance?.onCommitted?.({ patch: body, before: server })
      startConfirmation(plan.names)
      // The values replaced are the ones the plan was made against: the read that started this commit.
      const committed = plan.names.map((name) => ({
        name,
        before: readAttribute(server, name),
        written: readAttribute(plan.patch, name) ?? '',
      }))
      return {
        sent: plan.names,
        committed,
        heldBack: plan.conflicts,
        refused,
        unwritable,
        changedSinceCommit,
      }
    },
    // Only after a failure: on success the optimistic entry stays until the live event or the confirmation poll
    // brings the server's own data. A refetch right after the 202 would arrive before Genesys applied the write,
    // costing a request (the whole map) to learn nothing (measured in docs/PERFORMANCE.md).
    onError: () => queryClient.invalidateQueries({ queryKey: genesysKeys.conversation(conversationId) }),
  })

  /**
   * Never resend blindly: a refusal (4xx) wrote nothing, so the edits go back to staged; after a 5xx or a lost
   * answer the write may have landed, or may still be applied, so it is remembered as sent and the server is
   * watched for it like after a 202. Only the user's "Send again" sends it once more.
   */
  async function settleFailure(
    error: unknown,
    names: readonly string[],
    sent: AttributeMap,
  ): Promise<CommitFailure> {
    const problem = readCommitProblem(error)
    if (!problem.uncertain) {
      dispatch({ type: 'commit-failed', names, problem: problem.problem })
      return new CommitFailure(problem, names, [], false)
    }
    dispatch({ type: 'commit-uncertain', names })
    try {
      const server = await readServer()
      const landed = names.filter((name) => readAttribute(server, name) === readAttribute(sent, name))
      // Watched on while the store still waits for any of them: a read older than the cache settled nothing.
      if (hasConfirming(readEdits(), names)) startConfirmation(names)
      return new CommitFailure(problem, names, landed, true, { sent: true }, sent)
    } catch {
      startConfirmation(names)
      return new CommitFailure(problem, names, [], false, { sent: true }, sent)
    }
  }

  /** Puts writes in doubt back under watch for another confirmation window. */
  function watchForWrites(names: readonly string[]): void {
    dispatch({ type: 'check-again', names })
    startConfirmation(names)
  }

  const { mutate } = mutation
  /**
   * The user's choice for a write that was not confirmed, made knowing what the server shows: staged again on the
   * server's current value (so later changes elsewhere still conflict), then committed like any edit.
   */
  const sendAgain = async (names: readonly string[]) => {
    const server = await readServer().catch(() => undefined)
    if (!server) return
    for (const name of names) dispatch({ type: 'send-again', name, server })
    mutate(requestOf(readEdits(), names))
  }

  // Stable, so the rate-limit countdown can hold it without restarting its timer on every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- readEdits reads the store live
  const commit = useCallback(() => mutate(requestOf(readEdits())), [mutate])
  const lastRequest = mutation.variables
  /** The last commit once more (a rate limit's countdown, Retry after a failed read): what was asked, no more. */
  const retry = useCallback(() => {
    if (lastRequest) mutate(lastRequest)
  }, [mutate, lastRequest])
  return {
    commit,
    retry,
    /** Pressed while offline: nothing has been sent; react-query sends it when the browser is back online. */
    isWaitingForNetwork: mutation.isPaused,
    checkAgain: (names: readonly string[]) => watchForWrites(names),
    sendAgain,
    isCommitting: mutation.isPending,
    failure: mutation.error ?? undefined,
    outcome: mutation.data,
    reset: mutation.reset,
  }
}

/** The owner once it is known again after a new token (users/me), or undefined if it is not known within 10 s. */
function settledOwner(store: StagedEditsStore, timeoutMs = 10_000): Promise<string | undefined> {
  const { owner, tokenTag } = store.getState()
  if (owner !== undefined || tokenTag === undefined) return Promise.resolve(owner)
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => {
      stop()
      resolve(undefined)
    }, timeoutMs)
    const stop = store.subscribe((state) => {
      if (state.owner === undefined) return
      window.clearTimeout(timer)
      stop()
      resolve(state.owner)
    })
  })
}
