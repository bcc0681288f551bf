import { createAttributeMap } from '../../src/genesys/attribute-map.ts'
import { createRequester, type Requester } from '../../src/genesys/request.ts'
import { everyNameEditable } from '../../src/features/attributes/model/attribute-access.ts'
import { newJournal, type Journal } from '../../src/features/bulk-fix/model/run-journal.ts'
import { dryRun, runJournal, type RunnerDeps } from '../../src/features/bulk-fix/run/bulk-runner.ts'
import { createRateBudget } from '../../src/features/bulk-fix/run/rate-budget.ts'
import { createVirtualClock } from './virtual-clock.ts'

/*
 * One bulk correction of N conversations against a running emulator, with the widget's own runner, planner and
 * limiter on an accelerated clock: what the bench and the limiter's integration test measure.
 */

export interface BulkRunFigures {
  conversations: number
  requests: number
  patches: number
  /** Virtual time from the first request to the report (rate-limit and read-back waits). */
  simulatedSeconds: number
  /** Requests needed ÷ 300 per minute: no client can be faster on the platform. */
  floorSeconds: number
  /** The busiest sliding minute of requests, in virtual time. */
  busiestMinute: number
  statuses: Record<string, number>
  wallSeconds: number
}

export async function runBulkCorrection(options: {
  origin: string
  token: string
  conversationIds: readonly string[]
  values: Record<string, string>
  limitPerMinute?: number
  /** Pause after this many conversations, then resume from the saved journal (a reload in between). */
  pauseAfter?: number | undefined
  beforeResume?: (journal: Journal) => Journal
}): Promise<BulkRunFigures & { journal: Journal; requestTimes: number[] }> {
  const wallStart = performance.now()
  const clock = createVirtualClock()
  const requestTimes: number[] = []
  const budget = createRateBudget(clock, options.limitPerMinute ?? 300)
  const base = createRequester({
    apiOrigin: options.origin,
    getAccessToken: () => options.token,
    // The emulator's window runs on real time, which this run compresses, so its headers are not fed to the
    // budget here: the budget holds the platform's limit itself (header handling: token-bucket.test.ts).
  })
  let patches = 0
  const request: Requester = (spec) => {
    requestTimes.push(clock.now())
    if (spec.method === 'PATCH') patches += 1
    return base(spec)
  }
  let stored: Journal = newJournal(
    'bench',
    clock.now(),
    options.conversationIds.map((conversationId) => ({
      conversationId,
      purpose: 'customer',
      values: createAttributeMap(Object.entries(options.values)),
      expected: createAttributeMap(),
    })),
  )
  let finishedInRun = 0
  const deps: RunnerDeps = {
    request,
    budget,
    clock,
    accessOf: everyNameEditable,
    read: () => stored,
    save: (journal) => {
      if (journal.ranCount > stored.ranCount) finishedInRun = journal.ranCount
      stored = journal
    },
    shouldPause: () => options.pauseAfter !== undefined && finishedInRun >= options.pauseAfter,
  }
  const started = clock.now()
  try {
    await dryRun(deps)
    await runJournal(deps)
    if (options.pauseAfter !== undefined) {
      // A reload: the journal as storage kept it, a fresh runner.
      stored = JSON.parse(JSON.stringify(stored)) as Journal
      if (options.beforeResume) stored = options.beforeResume(stored)
      options.pauseAfter = undefined
      await runJournal(deps)
    }
  } finally {
    clock.stop()
  }
  const statuses: Record<string, number> = {}
  for (const item of stored.items) statuses[item.status] = (statuses[item.status] ?? 0) + 1
  const busiestMinute = Math.max(
    0,
    ...requestTimes.map((t) => requestTimes.filter((u) => u >= t && u < t + 60_000).length),
  )
  return {
    conversations: options.conversationIds.length,
    requests: requestTimes.length,
    patches,
    simulatedSeconds: (clock.now() - started) / 1000,
    floorSeconds: (requestTimes.length / 300) * 60,
    busiestMinute,
    statuses,
    wallSeconds: (performance.now() - wallStart) / 1000,
    journal: stored,
    requestTimes,
  }
}
