import { errorKindRules } from '../../src/genesys/error-kinds.ts'
import { isAmbiguousWriteFailure, isGenesysApiError } from '../../src/genesys/errors.ts'
import type { AttributeMap } from '../../src/genesys/attribute-map.ts'
import { customerLeg, type ConversationSnapshot } from './customer-leg.ts'
import type { DeadLetterFile } from './dead-letter.ts'
import { decideEnrichment, markerRule } from './decide.ts'
import { LookupError, type Lookup } from './lookup.ts'
import type { Metrics } from './metrics.ts'
import type { RateBudget } from './rate-budget.ts'

/*
 * The work of the service, free of sockets and processes: conversations come in (events with their snapshot,
 * sweep results and retries with only an id), wait in one bounded queue keyed by conversation id (so an event that
 * arrives during a sweep, or a second event, is the same job, not a second one), and a few workers enrich them.
 * A worker uses the event's own attributes for the lookup and the first decision; a call it is about to write is
 * read once more just before the PATCH (docs/decisions/0033), so such a call costs the lookup, one GET and one PATCH.
 */

export interface EngineApi {
  getConversation(conversationId: string): Promise<ConversationSnapshot>
  patchAttributes(conversationId: string, participantId: string, attributes: AttributeMap): Promise<void>
}

export type Source = 'event' | 'sweep' | 'retry'
export type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void

export interface EngineOptions {
  api: EngineApi
  lookup: Lookup
  rule: string
  metrics: Metrics
  log: Log
  deadLetters: DeadLetterFile
  budget: Pick<RateBudget, 'pauseFor'>
  /** This instance's share of the conversations (1-based index of count); others are taken over late. */
  shard: { index: number; count: number }
  takeoverMs: number
  concurrency: number
  maxBacklog: number
  /** Attempts per conversation for failures that may heal (5xx, network, lookup). */
  maxAttempts: number
  now?: () => number
}

interface Job {
  conversationId: string
  snapshot: ConversationSnapshot | undefined
  source: Source
  attempts: number
  notBefore: number
  /** Not this instance's share: only done if its owner has not done it by then (checked with a fresh read). */
  foreign: boolean
}

/** FNV-1a: a stable split of conversation ids between instances, the same in every process. */
export function shardOf(conversationId: string, count: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < conversationId.length; i += 1) {
    hash ^= conversationId.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return (hash % count) + 1
}

const doneLimit = 100_000

export function createEngine(options: EngineOptions) {
  const now = options.now ?? Date.now
  const { metrics, log } = options
  const pending = new Map<string, Job>()
  const inFlight = new Set<string>()
  /** Conversations finished here (or seen with the marker), oldest first: events for them are ignored. */
  const done = new Map<string, true>()
  let accepting = true
  let running = true
  const sleepers = new Set<() => void>()
  let idleWaiters: Array<() => void> = []

  const markDone = (id: string) => {
    remove(id) // e.g. the owner's marker arrived for a foreign job still waiting
    updateBacklog()
    done.set(id, true)
    if (done.size > doneLimit) done.delete(done.keys().next().value ?? '')
  }
  /** Pending jobs that are another instance's share, waiting for their takeover time: not this one's backlog. */
  let foreignPending = 0
  const ownBacklog = () => pending.size - foreignPending
  const updateBacklog = () => metrics.backlog.set(ownBacklog())
  const put = (job: Job) => {
    if (job.foreign && !pending.has(job.conversationId)) foreignPending += 1
    pending.set(job.conversationId, job)
  }
  const remove = (conversationId: string) => {
    const job = pending.get(conversationId)
    if (!job) return
    if (job.foreign) foreignPending -= 1
    pending.delete(conversationId)
  }
  const wake = () => {
    for (const resolve of [...sleepers]) resolve()
  }

  function offer(source: Source, conversationId: string, snapshot?: ConversationSnapshot): void {
    if (!accepting || done.has(conversationId) || inFlight.has(conversationId)) return
    if (snapshot) {
      const leg = customerLeg(snapshot)
      if (!leg) return // no connected customer: nothing to enrich (or the caller hung up)
      if (leg.attributes[markerRule] !== undefined) return markDone(conversationId)
    }
    metrics.events.inc({ source })
    const queued = pending.get(conversationId)
    if (queued) {
      if (snapshot) queued.snapshot = snapshot // the newest state wins
      return
    }
    if (ownBacklog() >= options.maxBacklog) {
      void fail({ conversationId, kind: 'backlog-full', reason: `more than ${options.maxBacklog} waiting` })
      return
    }
    const foreign = shardOf(conversationId, options.shard.count) !== options.shard.index
    put({
      conversationId,
      snapshot: foreign ? undefined : snapshot,
      source,
      attempts: 0,
      notBefore: foreign ? now() + options.takeoverMs : 0,
      foreign,
    })
    updateBacklog()
    wake()
  }

  async function fail(entry: {
    conversationId: string
    participantId?: string
    kind: string
    reason: string
  }): Promise<void> {
    metrics.failures.inc({ kind: entry.kind })
    log('error', 'dead-lettered', { ...entry })
    markDone(entry.conversationId)
    await options.deadLetters.add({ at: new Date(now()).toISOString(), ...entry })
  }

  function retryLater(job: Job, delayMs: number, countAttempt: boolean): void {
    put({
      ...job,
      snapshot: undefined, // a retry always reads again: the failed write may have landed
      attempts: job.attempts + (countAttempt ? 1 : 0),
      notBefore: now() + delayMs,
    })
    updateBacklog()
  }

  async function work(job: Job): Promise<void> {
    const { conversationId } = job
    let participantId: string | undefined
    try {
      const snapshot = job.snapshot ?? (await options.api.getConversation(conversationId))
      const leg = customerLeg(snapshot)
      if (!leg) {
        metrics.skipped.inc({ reason: 'no-customer-leg' })
        return markDone(conversationId)
      }
      participantId = leg.participantId
      const lookupStarted = now()
      const context = await options.lookup.find(leg)
      metrics.lookupSeconds.observe((now() - lookupStarted) / 1000)
      const first = decideEnrichment(leg.attributes, context, options.rule, new Date(now()).toISOString())
      // What the event (or the first read) showed is as old as the lookup, the queue and the budget made it: an
      // agent's Commit or another instance's write since then must not be overwritten, and Genesys has no
      // conditional PATCH. So a call about to be written is read again and decided on what the server holds now.
      const target = first.action === 'write' ? await readLegAgain(conversationId) : leg
      if (!target) {
        metrics.skipped.inc({ reason: 'no-customer-leg' })
        return markDone(conversationId)
      }
      participantId = target.participantId
      const decision =
        target === leg
          ? first
          : decideEnrichment(target.attributes, context, options.rule, new Date(now()).toISOString())
      metrics.conflicts.inc(decision.kept.length)
      if (decision.action === 'skip') {
        metrics.skipped.inc({ reason: decision.reason })
        if (decision.kept.length > 0)
          log('info', 'kept', { conversationId, participantId, kept: decision.kept })
        else if (decision.reason === 'already-enriched' && target !== leg)
          log('info', 'already enriched', { conversationId, participantId, source: job.source })
        return markDone(conversationId)
      }
      await options.api.patchAttributes(conversationId, target.participantId, decision.patch)
      markDone(conversationId)
      metrics.enriched.inc()
      if (leg.startedAt !== undefined)
        metrics.endToEndSeconds.observe(Math.max(0, now() - leg.startedAt) / 1000)
      log('info', 'enriched', {
        conversationId,
        participantId,
        source: job.source,
        written: decision.written,
        kept: decision.kept,
        latencyMs: leg.startedAt === undefined ? undefined : now() - leg.startedAt,
      })
    } catch (error) {
      await handleFailure(job, participantId, error)
    }
  }

  /** The connected customer leg as the server holds it now (undefined: the caller has hung up meanwhile). */
  async function readLegAgain(conversationId: string) {
    return customerLeg(await options.api.getConversation(conversationId))
  }

  async function handleFailure(job: Job, participantId: string | undefined, error: unknown): Promise<void> {
    const where = { conversationId: job.conversationId, ...(participantId && { participantId }) }
    const healable =
      error instanceof LookupError ||
      isAmbiguousWriteFailure(error) ||
      (isGenesysApiError(error) && errorKindRules[error.kind].readRetry === 'backoff')
    if (isGenesysApiError(error) && error.kind === 'rate-limited') {
      metrics.rateLimited.inc()
      const waitMs = (error.retryAfterSeconds ?? 5) * 1000
      options.budget.pauseFor(waitMs)
      log('warn', 'rate-limited', { ...where, retryAfterSeconds: waitMs / 1000 })
      if (job.attempts < options.maxAttempts * 3) return retryLater(job, waitMs, true)
    } else if (isGenesysApiError(error) && error.kind === 'not-found') {
      metrics.skipped.inc({ reason: 'gone' })
      return markDone(job.conversationId)
    } else if (healable && job.attempts + 1 < options.maxAttempts) {
      const delayMs = Math.min(30_000, 1_000 * 2 ** job.attempts)
      log('warn', 'retrying', {
        ...where,
        attempt: job.attempts + 1,
        inMs: delayMs,
        problem: describe(error),
      })
      return retryLater(job, delayMs, true)
    }
    await fail({
      ...where,
      kind: error instanceof LookupError ? 'lookup' : isGenesysApiError(error) ? error.kind : 'unexpected',
      reason: describe(error),
    })
  }

  /**
   * The oldest due job, events (which carry their snapshot and save a read) before sweep and retry jobs (a read
   * more each): after a restart with many active calls, new callers are not stuck behind the catch-up.
   */
  function nextJob(): Job | undefined {
    const t = now()
    let fallback: Job | undefined
    for (const job of pending.values()) {
      if (job.notBefore > t) continue
      if (job.snapshot) return take(job)
      fallback ??= job
    }
    return fallback && take(fallback)
  }
  function take(job: Job): Job {
    remove(job.conversationId)
    updateBacklog()
    return job
  }

  function earliestWaitMs(): number {
    let earliest = Number.POSITIVE_INFINITY
    for (const job of pending.values()) earliest = Math.min(earliest, job.notBefore)
    return Math.max(5, Math.min(1_000, earliest - now()))
  }

  async function worker(): Promise<void> {
    while (running) {
      const job = nextJob()
      if (!job) {
        if (inFlight.size === 0 && pending.size === 0) for (const resolve of idleWaiters.splice(0)) resolve()
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer)
            sleepers.delete(done)
            resolve()
          }
          const timer = setTimeout(done, earliestWaitMs())
          sleepers.add(done)
        })
        continue
      }
      if (job.foreign && done.has(job.conversationId)) continue
      inFlight.add(job.conversationId)
      try {
        await work(job)
      } finally {
        inFlight.delete(job.conversationId)
      }
    }
  }

  const workers = Array.from({ length: options.concurrency }, () => worker())

  return {
    offer,
    get backlog() {
      return ownBacklog()
    },
    get inFlight() {
      return inFlight.size
    },
    isDone: (conversationId: string) => done.has(conversationId),
    /** Resolves when nothing is waiting or in flight (foreign jobs still waiting for their takeover count). */
    idle(): Promise<void> {
      if (pending.size === 0 && inFlight.size === 0) return Promise.resolve()
      return new Promise((resolve) => idleWaiters.push(resolve))
    },
    /**
     * Stops taking work, finishes what is in flight and what is due, within timeoutMs. Own conversations still
     * waiting go to the dead-letter file (the next sweep would also find them); foreign ones are their owner's.
     */
    async drain(timeoutMs: number): Promise<number> {
      accepting = false
      for (const job of [...pending.values()]) if (job.foreign) remove(job.conversationId)
      updateBacklog()
      const deadline = now() + timeoutMs
      while ((pending.size > 0 || inFlight.size > 0) && now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      running = false
      wake()
      const left = [...pending.values()]
      pending.clear()
      foreignPending = 0
      updateBacklog()
      for (const job of left)
        await fail({
          conversationId: job.conversationId,
          kind: 'shutdown',
          reason: 'still waiting at shutdown',
        })
      await Promise.all(workers)
      idleWaiters = []
      return left.length
    },
  }
}
export type Engine = ReturnType<typeof createEngine>

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
