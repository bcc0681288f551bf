import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runBulkCorrection } from '../../bench/lib/bulk-run.ts'
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts'
import { admin, adminState, userToken } from '../../emulator/test-support/http-client.ts'

/*
 * The bulk runner against the emulator, on an accelerated clock: under the platform's 300 requests per minute the
 * limiter keeps every sliding minute within budget, each conversation gets exactly one PATCH, and a run resumed
 * from its journal after a "reload" with a PATCH in doubt reads that conversation instead of writing it again.
 */

let emu: RunningEmulator
let token = ''

beforeAll(async () => {
  // The emulator's window runs on real time, which the accelerated run compresses: its limit is lifted, and the
  // widget's limiter is given the platform's 300 per minute itself.
  emu = await startEmulator({
    port: 0,
    settings: { writeDelayMs: 0, heartbeatIntervalMs: 60_000, rateLimitPerMinute: 100_000 },
  })
})
afterAll(() => emu.close())
beforeEach(async () => {
  await admin(emu.origin, '/reset')
  token = await userToken(emu.origin, 'supervisor')
})

async function createConversations(count: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < count; i += 1) {
    const answer = await admin(emu.origin, '/conversations', {
      participants: [
        { purpose: 'customer', name: `Caller ${i}`, attributes: { IntentDetected: 'Misrouted' } },
      ],
    })
    ids.push(((await answer.json()) as { id: string }).id)
  }
  return ids
}

describe('bulk correction run under the rate limit', () => {
  it('120 conversations: one PATCH each, no sliding minute over 90% of 300', async () => {
    const ids = await createConversations(120)
    const figures = await runBulkCorrection({
      origin: emu.origin,
      token,
      conversationIds: ids,
      values: { IntentDetected: 'BillingDispute' },
      limitPerMinute: 300,
    })
    expect(figures.statuses).toEqual({ done: 120 })
    expect(figures.patches).toBe(120)
    expect(figures.busiestMinute).toBeLessThanOrEqual(270)
    const log = (await adminState(emu.origin)).writeLog.filter((e) => ids.includes(e.conversationId))
    expect(log).toHaveLength(120)
    expect(new Set(log.map((e) => e.conversationId)).size).toBe(120)
  })

  it('resumed after a reload with a PATCH in doubt: the doubtful one is read, not written again', async () => {
    const ids = await createConversations(12)
    let doubtful = ''
    const figures = await runBulkCorrection({
      origin: emu.origin,
      token,
      conversationIds: ids,
      values: { IntentDetected: 'BillingDispute' },
      pauseAfter: 4,
      // As if the page reloaded while the PATCH of a finished conversation was on its way.
      beforeResume: (journal) => {
        const index = journal.items.findIndex((item) => item.status === 'done')
        const item = journal.items[index]
        if (!item) throw new Error('nothing done before the pause')
        doubtful = item.conversationId
        const items = journal.items.slice()
        items[index] = { ...item, status: 'sending' }
        return { ...journal, phase: 'running', items }
      },
    })
    expect(figures.statuses).toEqual({ done: 12 })
    const log = (await adminState(emu.origin)).writeLog.filter((e) => ids.includes(e.conversationId))
    expect(log).toHaveLength(12)
    expect(log.filter((e) => e.conversationId === doubtful)).toHaveLength(1)
  })
})
