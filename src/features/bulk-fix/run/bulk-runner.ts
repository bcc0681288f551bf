import { createAttributeMap, readAttribute, type AttributeMap } from '../../../genesys/attribute-map.ts'
import { isAmbiguousWriteFailure, isGenesysApiError } from '../../../genesys/errors.ts'
import type { Requester } from '../../../genesys/request.ts'
import { conversationSchema, type Conversation } from '../../../genesys/schemas.ts'
import type { AccessOf } from '../../attributes/bulk-correction-seam.ts'
import type { Correction } from '../model/bulk-input.ts'
import { findParticipant, planCorrection } from '../model/plan-correction.ts'
import { itemsToRun, replaceItem, type Journal, type JournalItem } from '../model/run-journal.ts'
import type { Clock, RateBudget } from './rate-budget.ts'

/*
 * The thin shell that runs a journal against Genesys: every request waits for the rate budget, a 429 waits for its
 * Retry-After and is asked again (the platform refused before acting), and each conversation gets what a single
 * commit gets (decision 0013): a fresh read, a plan against it, one PATCH of the changed names, and a read back
 * until the 202's values show. The journal is saved (through `save`) before every PATCH.
 */

export interface RunnerDeps {
  request: Requester
  budget: RateBudget
  clock: Clock
  accessOf: AccessOf
  read: () => Journal
  save: (journal: Journal) => void
  shouldPause: () => boolean
  /** Parallel conversations; each is sequential in itself. */
  workers?: number
  /** Read-back delays after a 202, in ms: Genesys applies writes asynchronously. */
  confirmDelaysMs?: readonly number[]
}

export const defaultConfirmDelaysMs = [400, 800, 1600, 3200] as const

function update(
  deps: RunnerDeps,
  index: number,
  change: (item: JournalItem) => JournalItem,
  extra?: Partial<Journal>,
) {
  const journal = deps.read()
  const item = journal.items[index]
  if (!item) return
  deps.save({ ...replaceItem(journal, index, change(item)), ...extra })
}

function countRequest(deps: RunnerDeps) {
  const journal = deps.read()
  deps.save({ ...journal, requests: journal.requests + 1 })
}

async function send<T>(deps: RunnerDeps, call: () => Promise<T>): Promise<T> {
  for (;;) {
    await deps.budget.take()
    countRequest(deps)
    try {
      return await call()
    } catch (error) {
      if (isGenesysApiError(error) && error.kind === 'rate-limited') {
        deps.budget.retryAfter(error.retryAfterSeconds ?? 60)
        continue
      }
      throw error
    }
  }
}

function readConversation(deps: RunnerDeps, conversationId: string): Promise<Conversation> {
  return send(deps, () =>
    deps.request({
      method: 'GET',
      path: `/api/v2/conversations/${encodeURIComponent(conversationId)}`,
      schema: conversationSchema,
    }),
  )
}

const pairs = (map: AttributeMap) => Object.keys(map).map((name) => ({ name, value: map[name] ?? null }))
const mapOfPairs = (list: ReadonlyArray<{ name: string; value: string | null }>) =>
  createAttributeMap(list.flatMap((p) => (p.value === null ? [] : [[p.name, p.value] as const])))
const seenOf = (list: ReadonlyArray<{ name: string; value: string | null }>) => {
  const seen = Object.create(null) as Record<string, string | null>
  for (const p of list) seen[p.name] = p.value
  return seen
}

function correctionOf(item: JournalItem): Correction {
  return {
    conversationId: item.conversationId,
    participantId: item.participantId,
    purpose: item.purpose,
    values: item.values,
    expected: item.expected,
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The dry run: one fresh read per conversation and a plan against it; nothing is written. */
export async function dryRun(deps: RunnerDeps): Promise<void> {
  const total = deps.read().items.length
  await eachWorker(deps, [...Array(total).keys()], async (index) => {
    const item = deps.read().items[index]
    if (!item) return
    try {
      const conversation = await readConversation(deps, item.conversationId)
      const plan = planCorrection(
        conversation,
        correctionOf(item),
        undefined,
        deps.accessOf,
        deps.clock.now(),
      )
      update(deps, index, (it) => ({
        ...it,
        ...(plan.participantId !== undefined && { participantId: plan.participantId }),
        status: !plan.participantId
          ? 'missing'
          : plan.diff.length > 0
            ? 'planned'
            : plan.conflicts.length > 0
              ? 'conflict'
              : plan.refused.length > 0
                ? 'refused'
                : 'unchanged',
        diff: plan.diff.map((d) => ({
          name: d.name,
          ...(d.from !== undefined && { from: d.from }),
          to: d.to,
        })),
        conflicts: [...plan.conflicts],
        refused: [...plan.refused],
        // The file's expectation stays the base when it has one: that is what the supervisor checked.
        seen: Object.keys(plan.seen).map((name) => ({
          name,
          value: readAttribute(item.expected, name) ?? plan.seen[name] ?? null,
        })),
      }))
    } catch (error) {
      const notFound = isGenesysApiError(error) && error.kind === 'not-found'
      update(deps, index, (it) => ({ ...it, status: notFound ? 'missing' : 'failed', error: message(error) }))
    }
  })
  deps.save({ ...deps.read(), phase: 'planned' })
}

/** The run, from wherever the journal stands; returns when done or paused. */
export async function runJournal(deps: RunnerDeps): Promise<void> {
  const startedAt = deps.clock.now()
  const before = deps.read()
  deps.save({ ...before, phase: 'running', runStartedAt: before.runStartedAt ?? startedAt })
  let lastTick = startedAt
  const tick = () => {
    const now = deps.clock.now()
    const journal = deps.read()
    deps.save({ ...journal, runMs: journal.runMs + (now - lastTick), ranCount: journal.ranCount + 1 })
    lastTick = now
  }
  await eachWorker(deps, itemsToRun(before), async (index) => {
    await runItem(deps, index)
    tick()
  })
  const journal = deps.read()
  const now = deps.clock.now()
  const left = itemsToRun(journal).length
  deps.save({
    ...journal,
    runMs: journal.runMs + (now - lastTick),
    phase: left === 0 ? 'finished' : 'paused',
    ...(left === 0 && { finishedAt: now }),
  })
}

async function eachWorker(deps: RunnerDeps, indexes: number[], work: (index: number) => Promise<void>) {
  const queue = indexes.slice()
  const workers = Math.max(1, deps.workers ?? 4)
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (;;) {
        if (deps.shouldPause()) return
        const index = queue.shift()
        if (index === undefined) return
        await work(index)
      }
    }),
  )
}

async function runItem(deps: RunnerDeps, index: number): Promise<void> {
  const item = deps.read().items[index]
  if (!item) return
  if (item.status === 'sending') {
    // Sent before a reload or a lost answer: it may have landed. Check by reading; never send it again blindly.
    await confirm(deps, index, item)
    return
  }
  try {
    const conversation = await readConversation(deps, item.conversationId)
    const plan = planCorrection(
      conversation,
      correctionOf(item),
      seenOf(item.seen),
      deps.accessOf,
      deps.clock.now(),
    )
    if (!plan.participantId) {
      update(deps, index, (it) => ({ ...it, status: 'missing' }))
      return
    }
    if (Object.keys(plan.patch).length === 0) {
      update(deps, index, (it) => ({
        ...it,
        status: plan.conflicts.length > 0 ? 'conflict' : plan.refused.length > 0 ? 'refused' : 'unchanged',
        conflicts: [...plan.conflicts],
        refused: [...plan.refused],
      }))
      return
    }
    const sent = pairs(plan.patch)
    update(deps, index, (it) => ({
      ...it,
      participantId: plan.participantId,
      status: 'sending',
      sent,
      conflicts: [...plan.conflicts],
      refused: [...plan.refused],
    }))
    const participantId = plan.participantId
    try {
      await send(deps, () =>
        deps.request({
          method: 'PATCH',
          path: `/api/v2/conversations/${encodeURIComponent(item.conversationId)}/participants/${encodeURIComponent(participantId)}/attributes`,
          body: { attributes: plan.patch },
        }),
      )
    } catch (error) {
      if (!isAmbiguousWriteFailure(error)) {
        update(deps, index, (it) => ({ ...it, status: 'failed', sent: [], error: message(error) }))
        return
      }
      // A lost answer: the write may have landed, so it is checked like a sent one.
    }
    const current = deps.read().items[index]
    if (current) await confirm(deps, index, current)
  } catch (error) {
    const notFound = isGenesysApiError(error) && error.kind === 'not-found'
    update(deps, index, (it) => ({ ...it, status: notFound ? 'missing' : 'failed', error: message(error) }))
  }
}

/** Read back until every sent value shows, or the window ends ('unconfirmed': the supervisor decides). */
async function confirm(deps: RunnerDeps, index: number, item: JournalItem): Promise<void> {
  const expected = mapOfPairs(item.sent)
  const names = item.sent.map((p) => p.name)
  for (const delay of deps.confirmDelaysMs ?? defaultConfirmDelaysMs) {
    await deps.clock.sleep(delay)
    try {
      const conversation = await readConversation(deps, item.conversationId)
      const participant = findParticipant(conversation, correctionOf(item))
      const server = participant?.attributes ?? createAttributeMap()
      if (names.every((name) => readAttribute(server, name) === readAttribute(expected, name))) {
        update(deps, index, (it) => ({ ...it, status: 'done' }))
        return
      }
    } catch {
      // A failed read says nothing about the write: try again after the next delay.
    }
  }
  update(deps, index, (it) => ({ ...it, status: 'unconfirmed' }))
}
