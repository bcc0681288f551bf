import type { AttributeMap } from '../src/genesys/attribute-map.ts'
import { readAttribute } from '../src/genesys/attribute-map.ts'
import type { GenesysClient } from '../src/genesys/client.ts'
import { errorKindRules, type GenesysErrorKind } from '../src/genesys/error-kinds.ts'
import { GenesysApiError, isAmbiguousWriteFailure, isGenesysApiError } from '../src/genesys/errors.ts'
import { defaultReadRetryPolicy, withRetry, type RetryPolicy } from '../src/genesys/retry-policy.ts'
import type { Participant } from '../src/genesys/schemas.ts'
import {
  checkAgainstFirstRead,
  findConflicts,
  quote,
  patchBodyBytes,
  pendingNames,
  planChanges,
  selectParticipant,
  type AttributeChange,
  type Conflict,
  type Expectations,
  type RetryCheck,
  type ParticipantSelector,
} from './enrich-core.ts'

export interface EnrichRequest {
  conversationId: string
  participant: ParticipantSelector
  desired: AttributeMap
  expectations: Expectations
  dryRun: boolean
  maxWaitSeconds: number
  verifyTimeoutMs: number
  skipVerify: boolean
}

export interface EnrichDeps {
  client: Pick<GenesysClient, 'getConversation' | 'patchParticipantAttributes'>
  sleep: (ms: number) => Promise<void>
  now: () => number
  /** Progress for people (stderr): waits, retries, ambiguity. */
  progress: (line: string) => void
  /** Whole read-check-write cycles; a 429 or an ambiguous failure starts the next one. Default 4. */
  maxWriteCycles?: number
}

export type EnrichOutcome =
  'written' | 'unchanged' | 'dry-run' | 'conflict' | 'superseded' | 'stopped' | 'not-found' | 'failed'

export interface EnrichResult {
  outcome: EnrichOutcome
  conversationId: string
  participantId?: string
  changes: AttributeChange[]
  unchanged: string[]
  conflicts: Conflict[]
  /** The write showed on a later read (202 means "applied later"). */
  verified: boolean
  patchesSent: number
  patchBytes: number
  message?: string
  error?: { kind: GenesysErrorKind; status?: number; code?: string; contextId?: string; message: string }
}

class Stop extends Error {
  constructor(readonly result: Partial<EnrichResult> & { outcome: EnrichOutcome }) {
    super(result.message)
  }
}

/**
 * Read, compare, write only the differences, verify. Each retry (after a 429 or an ambiguous failure: 5xx,
 * network, timeout, where the write may have landed) re-reads and compares against the first read: a name that
 * now holds neither the first-read value nor ours was written by someone else in between, and nothing is sent
 * over it (compare-and-set against the first read, with or without --expect). Names still at their first-read
 * value are sent again; names already holding ours prove the earlier write landed.
 */
export async function runEnrichment(request: EnrichRequest, deps: EnrichDeps): Promise<EnrichResult> {
  const base: EnrichResult = {
    outcome: 'failed',
    conversationId: request.conversationId,
    changes: [],
    unchanged: [],
    conflicts: [],
    verified: false,
    patchesSent: 0,
    patchBytes: 0,
  }
  try {
    const outcome = await cycle(request, deps, base) // fills base in as it learns (participant, plan, counts)
    return { ...base, ...outcome }
  } catch (error) {
    if (error instanceof Stop) return { ...base, ...error.result }
    return { ...base, ...failureResult(error) }
  }
}

async function cycle(
  request: EnrichRequest,
  deps: EnrichDeps,
  result: EnrichResult,
): Promise<Partial<EnrichResult>> {
  const readPolicy: RetryPolicy = { ...defaultReadRetryPolicy, maxRetryAfterSeconds: request.maxWaitSeconds }
  const maxCycles = deps.maxWriteCycles ?? 4
  /** The first read: what the user's intent was checked against, and the baseline of every retry. */
  let first: { participant: Participant; patch: AttributeMap } | undefined
  /** The last failure whose write may have landed (5xx, network, timeout). */
  let ambiguous: unknown
  for (let attempt = 1; attempt <= maxCycles; attempt += 1) {
    // After the first read, always the same participant (a transfer must not redirect a retry to another leg).
    const selector = first ? { by: 'id' as const, id: first.participant.id } : request.participant
    const participant = await readParticipant({ ...request, participant: selector }, deps, readPolicy)
    result.participantId = participant.id
    let patch: AttributeMap
    if (!first) {
      const plan = planChanges(participant.attributes, request.desired)
      Object.assign(result, {
        changes: plan.changes,
        unchanged: plan.unchanged,
        patchBytes: patchBodyBytes(plan.patch),
      })
      const conflicts = findConflicts(participant.attributes, request.expectations)
      if (conflicts.length > 0) return { outcome: 'conflict', conflicts }
      if (plan.changes.length === 0) return { outcome: 'unchanged' }
      if (request.dryRun) return { outcome: 'dry-run' }
      first = { participant, patch: plan.patch }
      patch = plan.patch
    } else {
      const check = checkAgainstFirstRead(
        first.participant.attributes,
        participant.attributes,
        first.patch,
        request.expectations.keys(),
      )
      if (check.intervening.length > 0) return interrupted(check, ambiguous)
      const remaining = planChanges(participant.attributes, first.patch)
      if (remaining.changes.length === 0) {
        return {
          outcome: 'written',
          verified: true,
          message: 'the earlier attempt had landed; nothing was sent again',
        }
      }
      patch = remaining.patch
    }
    try {
      result.patchesSent += 1
      await deps.client.patchParticipantAttributes(request.conversationId, participant.id, patch)
    } catch (error) {
      const waitMs = retryWaitMs(error, request, attempt, maxCycles)
      if (isAmbiguousWriteFailure(error)) ambiguous = error
      if (waitMs === undefined) throw error
      deps.progress(
        `${describe(error)}; reading again in ${Math.ceil(waitMs / 1000)} s before another attempt`,
      )
      await deps.sleep(waitMs)
      continue
    }
    if (request.skipVerify) return { outcome: 'written' }
    return verify(request, deps, readPolicy, participant, patch)
  }
  throw new Stop({
    outcome: 'failed',
    message: `gave up after ${maxCycles} attempts${ambiguous === undefined ? '' : '; an earlier attempt may have landed: run again to check (only differences are sent)'}`,
  })
}

/**
 * A retry found that someone else wrote since the first read. Nothing is sent over it; the outcome says truthfully
 * whether our earlier write is known to have landed, may have landed, or (after a 429, a refusal) did not.
 */
function interrupted(check: RetryCheck, ambiguous: unknown): Partial<EnrichResult> {
  const names = check.intervening.map(({ name }) => quote(name)).join(', ')
  if (check.landed.length > 0) {
    return {
      outcome: 'superseded',
      conflicts: check.intervening,
      verified: true,
      message: `the first write landed (its answer was lost: ${describe(ambiguous)}); another writer has since changed ${names}; nothing was sent over it`,
    }
  }
  if (ambiguous !== undefined) {
    return {
      outcome: 'stopped',
      conflicts: check.intervening,
      message: `the first write's answer was lost (${describe(ambiguous)}), so it may have landed; another writer has since changed ${names}; nothing was sent again over it`,
    }
  }
  return {
    outcome: 'conflict',
    conflicts: check.intervening,
    message: `another writer changed ${names} while the tool waited to retry`,
  }
}

function retryWaitMs(
  error: unknown,
  request: EnrichRequest,
  attempt: number,
  maxCycles: number,
): number | undefined {
  if (!isGenesysApiError(error) || attempt >= maxCycles) return undefined
  // The whole cycle (read, diff, write) runs again, so a write that may have landed is safe to retry here.
  if (errorKindRules[error.kind].readRetry === 'after-wait') {
    const seconds = error.retryAfterSeconds ?? 5
    return seconds <= request.maxWaitSeconds ? seconds * 1000 : undefined
  }
  if (isAmbiguousWriteFailure(error)) return Math.min(8_000, 1_000 * 2 ** (attempt - 1))
  return undefined
}

async function readParticipant(
  request: EnrichRequest,
  deps: EnrichDeps,
  policy: RetryPolicy,
): Promise<Participant> {
  const conversation = await withRetry(() => deps.client.getConversation(request.conversationId), policy, {
    sleep: deps.sleep,
    onRetry: ({ delayMs, error }) =>
      deps.progress(`${describe(error)}; retrying in ${Math.ceil(delayMs / 1000)} s`),
  })
  const choice = selectParticipant(conversation.participants, request.participant)
  if ('participant' in choice) return choice.participant
  throw new Stop({
    outcome: choice.problem === 'not-found' ? 'not-found' : 'failed',
    message: choice.message,
  })
}

/** Polls with a growing interval until every written name shows our value, another value, or time runs out. */
async function verify(
  request: EnrichRequest,
  deps: EnrichDeps,
  policy: RetryPolicy,
  before: Participant,
  patch: AttributeMap,
): Promise<Partial<EnrichResult>> {
  const deadline = deps.now() + request.verifyTimeoutMs
  let intervalMs = 200
  for (;;) {
    const current = await readParticipant(
      { ...request, participant: { by: 'id', id: before.id } },
      deps,
      policy,
    )
    const pending = pendingNames(current.attributes, patch)
    if (pending.length === 0) return { outcome: 'written', verified: true }
    const overwritten = pending.filter(
      (name) => readAttribute(current.attributes, name) !== readAttribute(before.attributes, name),
    )
    if (overwritten.length > 0) {
      const conflicts = overwritten.map((name) => ({
        name,
        expected: readAttribute(patch, name) ?? null,
        actual: readAttribute(current.attributes, name),
      }))
      return {
        outcome: 'superseded',
        conflicts,
        message: 'another writer changed these names after our write was accepted',
      }
    }
    if (deps.now() + intervalMs > deadline) {
      const seconds = request.verifyTimeoutMs / 1000
      return {
        outcome: 'failed',
        message: `the write was accepted (202) but was not visible after ${seconds} s; run again to check (only differences are sent)`,
      }
    }
    await deps.sleep(intervalMs)
    intervalMs = Math.min(2_000, Math.round(intervalMs * 1.5))
  }
}

function describe(error: unknown): string {
  if (!isGenesysApiError(error)) return error instanceof Error ? error.message : String(error)
  if (error.kind === 'rate-limited')
    return `rate-limited by Genesys Cloud (${error.retryAfterSeconds ?? '?'} s wait asked)${context(error)}`
  if (isAmbiguousWriteFailure(error))
    return `the write may or may not have landed (${error.kind}${error.status ? ` ${error.status}` : ''})${context(error)}`
  return error.message
}

const context = (error: GenesysApiError): string => (error.contextId ? `, contextId ${error.contextId}` : '')

function failureResult(error: unknown): Partial<EnrichResult> & { outcome: EnrichOutcome } {
  if (!(error instanceof GenesysApiError)) {
    return { outcome: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
  const detail = {
    kind: error.kind,
    message: error.message,
    ...(error.status !== undefined && { status: error.status }),
    ...(error.code !== undefined && { code: error.code }),
    ...(error.contextId !== undefined && { contextId: error.contextId }),
  }
  return {
    outcome: error.kind === 'not-found' ? 'not-found' : 'failed',
    message: adviceFor(error),
    error: detail,
  }
}

function adviceFor(error: GenesysApiError): string {
  switch (error.kind) {
    case 'unauthorized':
      return 'Genesys Cloud refused the credentials or the token: check GENESYS_CLIENT_ID / GENESYS_CLIENT_SECRET and the region'
    case 'forbidden':
      return "the OAuth client's roles lack a permission for this request (conversation read or participant update), or the conversation is in a division it cannot access"
    case 'not-found':
      return 'the conversation (or participant) does not exist, has ended and was cleaned up, or is not visible to this OAuth client'
    case 'rate-limited':
      return `still rate-limited after the allowed waits (asked to wait ${error.retryAfterSeconds ?? '?'} s; see --max-wait)`
    case 'bad-request':
      return `Genesys Cloud rejected the request: ${error.messageFromServer ?? 'no reason given'}`
    default:
      if (isAmbiguousWriteFailure(error))
        return `the last write's answer was lost (${error.kind}${error.status ? ` ${error.status}` : ''}): it may have landed; run again to check (only differences are sent)`
      return `Genesys Cloud could not be used: ${error.kind}${error.status ? ` ${error.status}` : ''}`
  }
}
