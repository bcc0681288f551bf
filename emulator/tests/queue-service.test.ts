import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { channelSchema } from '../../src/genesys/schemas.ts'
import { SEED } from '../seed.ts'
import { startEmulator, type RunningEmulator } from '../server.ts'
import { admin, api, eventually, serviceToken } from '../test-support/http-client.ts'
import { TestSocket } from '../test-support/socket-client.ts'

/*
 * What the enrichment service needs from the emulator: a client-credentials channel on
 * v2.routing.queues.{id}.conversations carrying the SDK's QueueConversationEventTopic* model, the analytics
 * details query for the sweep, and the call generator. Field names are checked against the SDK's index.d.ts.
 */

const queueId = SEED.queues.customerCare.id
const topic = `v2.routing.queues.${queueId}.conversations`
let emu: RunningEmulator
let token = ''
const sockets: TestSocket[] = []

const sdkTypes = readFileSync(
  createRequire(import.meta.url).resolve('purecloud-platform-client-v2/index.d.ts'),
  'utf8',
)
/** The field names of one SDK model interface. */
function sdkFields(model: string): Set<string> {
  const start = sdkTypes.indexOf(`export interface ${model} {`)
  const body = sdkTypes.slice(start, sdkTypes.indexOf('\n\t}', start))
  return new Set([...body.matchAll(/^\t\t"([^"]+)"\??:/gm)].map((m) => m[1] ?? ''))
}
function expectFieldsOf(model: string, value: unknown): void {
  const fields = sdkFields(model)
  expect(fields.size).toBeGreaterThan(0)
  expect(Object.keys(value as object).filter((key) => !fields.has(key))).toEqual([])
}

beforeAll(async () => {
  emu = await startEmulator({ port: 0, settings: { writeDelayMs: 10 } })
})
afterAll(() => emu.close())
beforeEach(async () => {
  await admin(emu.origin, '/reset')
  token = await serviceToken(emu.origin)
})
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close()
})

async function subscribe(): Promise<TestSocket> {
  const created = await api(emu.origin, token, '/api/v2/notifications/channels', { method: 'POST' })
  const channel = channelSchema.parse(await created.json())
  const socket = await TestSocket.open(channel.connectUri)
  sockets.push(socket)
  const put = await api(emu.origin, token, `/api/v2/notifications/channels/${channel.id}/subscriptions`, {
    method: 'PUT',
    body: JSON.stringify([{ id: topic }]),
  })
  expect(put.status).toBe(200)
  return socket
}

describe('queue conversation topics', () => {
  it('a client-credentials channel receives generated calls in the SDK event model', async () => {
    const socket = await subscribe()
    const started = await admin(emu.origin, '/call-generator', {
      queueId,
      callsPerMinute: 600,
      count: 2,
      customerAttributes: { IVR: 'yes' },
    })
    expect(started.status).toBe(202)
    const event = await socket.waitFor((e) => e.topicName === topic)
    const body = event.eventBody as { id: string; participants: Array<Record<string, unknown>> }
    expectFieldsOf('QueueConversationEventTopicConversation', body)
    const customer = body.participants.find((p) => p.purpose === 'customer') ?? {}
    expectFieldsOf('QueueConversationEventTopicParticipant', customer)
    expect(customer).toMatchObject({ address: 'tel:+15550000000', attributes: { IVR: 'yes' } })
    expect(customer).not.toHaveProperty('ani') // the event model has none: the caller is calls[].self
    const call = (customer.calls as Array<Record<string, unknown>>)[0] ?? {}
    expectFieldsOf('QueueConversationEventTopicCall', call)
    expect(call).toMatchObject({ state: 'connected', self: { addressNormalized: 'tel:+15550000000' } })
    expectFieldsOf('QueueConversationEventTopicAddress', call.self)
    await socket.waitFor((e) => e.topicName === topic && (e.eventBody as { id: string }).id !== body.id)
  })

  it('refuses what it does not know instead of pretending', async () => {
    const created = await api(emu.origin, token, '/api/v2/notifications/channels', { method: 'POST' })
    const channel = channelSchema.parse(await created.json())
    const put = await api(emu.origin, token, `/api/v2/notifications/channels/${channel.id}/subscriptions`, {
      method: 'PUT',
      body: JSON.stringify([{ id: 'v2.routing.queues.not-a-queue.conversations' }]),
    })
    // As the platform answers: a ChannelTopicEntityListing that marks the topic Rejected, not an error.
    expect(put.status).toBe(200)
    const listing = (await put.json()) as { entities: Array<{ id: string; state: string }> }
    expect(listing.entities).toEqual([
      expect.objectContaining({ id: 'v2.routing.queues.not-a-queue.conversations', state: 'Rejected' }),
    ])
  })
})

describe('analytics conversation details query (the sweep)', () => {
  const query = (body: unknown) =>
    api(emu.origin, token, '/api/v2/analytics/conversations/details/query', {
      method: 'POST',
      body: JSON.stringify(body),
    })
  const activeInQueue = {
    interval: `${new Date(Date.now() - 3_600_000).toISOString()}/${new Date(Date.now() + 60_000).toISOString()}`,
    conversationFilters: [
      { type: 'and', predicates: [{ dimension: 'conversationEnd', operator: 'notExists' }] },
    ],
    segmentFilters: [{ type: 'or', predicates: [{ dimension: 'queueId', value: queueId }] }],
    paging: { pageSize: 2, pageNumber: 1 },
  }

  it('lists the active conversations of a queue, paged, in the SDK model (no attributes)', async () => {
    await admin(emu.origin, '/call-generator', { queueId, callsPerMinute: 6_000, count: 3 })
    await admin(emu.origin, `/conversations/${SEED.conversations.liveCall.id}/end`)
    let answer: { conversations?: Array<Record<string, unknown>>; totalHits: number } = { totalHits: 0 }
    await eventually(async () => {
      const response = await query(activeInQueue)
      expect(response.status).toBe(200)
      answer = (await response.json()) as typeof answer
      expect(answer.totalHits).toBe(5) // 3 generated + the seeded message and agent2 call; the ended one is out
    })
    expect(answer.conversations).toHaveLength(2)
    const [first] = answer.conversations ?? []
    expectFieldsOf('AnalyticsConversationWithoutAttributes', first)
    const participant = (first?.participants as Array<Record<string, unknown>>)[0]
    expectFieldsOf('AnalyticsParticipantWithoutAttributes', participant)
    const session = (participant?.sessions as Array<Record<string, unknown>>)[0]
    expectFieldsOf('AnalyticsSession', session)
    expectFieldsOf('AnalyticsConversationSegment', (session?.segments as unknown[])[0])
    const fourth = (await (
      await query({ ...activeInQueue, paging: { pageSize: 2, pageNumber: 4 } })
    ).json()) as object
    expect(fourth).toEqual({ totalHits: 5 }) // an empty page has no conversations key
  })

  it('refuses a dimension it does not evaluate, naming it', async () => {
    const response = await query({
      ...activeInQueue,
      segmentFilters: [{ type: 'and', predicates: [{ dimension: 'wrapUpCode', value: 'x' }] }],
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { message: string }).message).toContain('wrapUpCode')
  })
})
