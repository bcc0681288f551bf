import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SEED } from '../../emulator/seed.ts'
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts'
import { admin, api, userToken } from '../../emulator/test-support/http-client.ts'
import { listQueues, listUsers } from '../../src/features/find-conversations/api/search-requests.ts'
import { createRequester } from '../../src/genesys/request.ts'
import { violations } from './model-payloads.ts'

/*
 * The endpoints a supervisor finds conversations with (issue 17), checked against the SDK's models like every other
 * emulator answer. JsonCursorSearchResponse types `results` as a bare object: its entries are our assumption
 * (docs/EMULATOR.md), so only the envelope is checked here.
 */

let emu: RunningEmulator
let supervisor = ''

beforeAll(async () => {
  emu = await startEmulator({ port: 0, settings: { writeDelayMs: 0, heartbeatIntervalMs: 60_000 } })
})
afterAll(() => emu.close())
beforeEach(async () => {
  await admin(emu.origin, '/reset')
  supervisor = await userToken(emu.origin, 'supervisor')
})

async function json(path: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const answer = await api(emu.origin, supervisor, path, init)
  return { status: answer.status, body: await answer.json() }
}
const post = (path: string, body: unknown) => json(path, { method: 'POST', body: JSON.stringify(body) })
const interval = () =>
  `${new Date(Date.now() - 86_400_000).toISOString()}/${new Date(Date.now() + 60_000).toISOString()}`

describe('supervisor search answers against the SDK models', () => {
  it('participant attributes search is a JsonCursorSearchResponse', async () => {
    const { status, body } = await post('/api/v2/conversations/participants/attributes/search', {
      query: [{ type: 'EXACT', fields: ['IntentDetected'], value: 'BillingDispute' }],
    })
    expect(status).toBe(200)
    expect(violations(body, 'JsonCursorSearchResponse')).toEqual([])
  })

  it('the details query is an AnalyticsConversationQueryResponse (no attributes)', async () => {
    const { body } = await post('/api/v2/analytics/conversations/details/query', {
      interval: interval(),
      segmentFilters: [{ type: 'or', predicates: [{ dimension: 'mediaType', value: 'voice' }] }],
    })
    expect(violations(body, 'AnalyticsConversationQueryResponse')).toEqual([])
  })

  it('details jobs answer AsyncQueryResponse, AsyncQueryStatus and AnalyticsConversationAsyncQueryResponse', async () => {
    const job = await post('/api/v2/analytics/conversations/details/jobs', { interval: interval() })
    expect(violations(job.body, 'AsyncQueryResponse')).toEqual([])
    const jobId = (job.body as { jobId: string }).jobId
    const status = await json(`/api/v2/analytics/conversations/details/jobs/${jobId}`)
    expect(violations(status.body, 'AsyncQueryStatus')).toEqual([])
    const results = await json(`/api/v2/analytics/conversations/details/jobs/${jobId}/results`)
    expect(violations(results.body, 'AnalyticsConversationAsyncQueryResponse')).toEqual([])
  })

  it('queues are Queue and QueueEntityListing; users a UserEntityListing', async () => {
    const queue = await json(`/api/v2/routing/queues/${SEED.queues.customerCare.id}`)
    expect(violations(queue.body, 'Queue')).toEqual([])
    const queues = await json('/api/v2/routing/queues')
    expect(violations(queues.body, 'QueueEntityListing')).toEqual([])
    const users = await json('/api/v2/users')
    expect(violations(users.body, 'UserEntityListing')).toEqual([])
  })

  it('queue and user listings come in pages, and the widget reads every page of a large org', async () => {
    await admin(emu.origin, '/settings', { extraQueues: 250 })
    const last = await json('/api/v2/routing/queues?pageSize=100&pageNumber=3')
    expect(violations(last.body, 'QueueEntityListing')).toEqual([])
    expect(last.body).toMatchObject({ pageSize: 100, pageNumber: 3, total: 252, pageCount: 3 })
    expect((last.body as { entities: unknown[] }).entities).toHaveLength(52)
    expect(last.body).not.toHaveProperty('nextUri')
    const first = await json('/api/v2/routing/queues?pageSize=100')
    expect(first.body).toMatchObject({ nextUri: '/api/v2/routing/queues?pageSize=100&pageNumber=2' })
    const tooBig = await json('/api/v2/routing/queues?pageSize=501')
    expect(tooBig.status).toBe(400)
    expect(violations(tooBig.body, 'ErrorBody')).toEqual([])

    const request = createRequester({ apiOrigin: emu.origin, getAccessToken: () => supervisor })
    const queues = await listQueues(request)
    expect(queues).toHaveLength(252)
    expect(new Set(queues.map((q) => q.id)).size).toBe(252)
    expect(queues.map((q) => q.name)).toContain('Queue 0250')
    expect(queues.map((q) => q.name)).toContain(SEED.queues.customerCare.name)
    expect((await listUsers(request)).length).toBeGreaterThanOrEqual(3)
  })

  it('a missing permission is an ErrorBody', async () => {
    const agent = await userToken(emu.origin, 'agent')
    const answer = await api(emu.origin, agent, '/api/v2/conversations/participants/attributes/search', {
      method: 'POST',
      body: JSON.stringify({ query: [{ type: 'EXACT', fields: ['IntentDetected'], value: 'x' }] }),
    })
    expect(answer.status).toBe(403)
    expect(violations(await answer.json(), 'ErrorBody')).toEqual([])
  })
})
