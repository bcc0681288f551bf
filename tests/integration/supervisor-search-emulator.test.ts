import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SEED } from '../../emulator/seed.ts'
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts'
import { admin, api, userToken } from '../../emulator/test-support/http-client.ts'

/*
 * The supervisor search endpoints of the emulator (issue 17): filters, paging, permissions and what analytics
 * keeps of an ended conversation's attributes.
 */

let emu: RunningEmulator
let supervisor = ''
let agent = ''

beforeAll(async () => {
  emu = await startEmulator({ port: 0, settings: { writeDelayMs: 0, heartbeatIntervalMs: 60_000 } })
})
afterAll(() => emu.close())
beforeEach(async () => {
  await admin(emu.origin, '/reset')
  supervisor = await userToken(emu.origin, 'supervisor')
  agent = await userToken(emu.origin, 'agent')
})

async function post(token: string, path: string, body: unknown) {
  const answer = await api(emu.origin, token, path, { method: 'POST', body: JSON.stringify(body) })
  return { status: answer.status, body: (await answer.json()) as Record<string, unknown> }
}

const interval = () =>
  `${new Date(Date.now() - 86_400_000).toISOString()}/${new Date(Date.now() + 60_000).toISOString()}`

describe('participant attributes search', () => {
  it('finds the conversations whose participant holds the value, and pages with a cursor', async () => {
    const found = await post(supervisor, '/api/v2/conversations/participants/attributes/search', {
      query: [{ type: 'EXACT', fields: ['IntentDetected'], value: 'BillingDispute' }],
    })
    expect(found.status).toBe(200)
    const ids = (found.body.results as Array<{ conversationId: string }>).map((r) => r.conversationId)
    expect(ids).toContain(SEED.conversations.liveCall.id)

    for (let i = 0; i < 30; i += 1) {
      await admin(emu.origin, '/conversations', {
        participants: [{ purpose: 'customer', attributes: { IntentDetected: 'PagingTest' } }],
      })
    }
    const first = await post(supervisor, '/api/v2/conversations/participants/attributes/search', {
      query: [{ type: 'EXACT', fields: ['IntentDetected'], value: 'PagingTest' }],
    })
    expect((first.body.results as unknown[]).length).toBe(25)
    const second = await post(supervisor, '/api/v2/conversations/participants/attributes/search', {
      query: [{ type: 'EXACT', fields: ['IntentDetected'], value: 'PagingTest' }],
      cursor: first.body.cursor,
    })
    expect((second.body.results as unknown[]).length).toBe(5)
    expect(second.body.cursor).toBeUndefined()
  })

  it('refuses a name an admin did not make searchable, naming it', async () => {
    const refused = await post(supervisor, '/api/v2/conversations/participants/attributes/search', {
      query: [{ type: 'EXACT', fields: ['AgentNotes'], value: 'x' }],
    })
    expect(refused.status).toBe(400)
    expect(refused.body.message).toContain('AgentNotes')
  })

  it('needs conversation:participant:attributesview: an agent gets a 403 naming it', async () => {
    const refused = await post(agent, '/api/v2/conversations/participants/attributes/search', {
      query: [{ type: 'EXACT', fields: ['IntentDetected'], value: 'BillingDispute' }],
    })
    expect(refused.status).toBe(403)
    expect(refused.body.message).toContain('conversation:participant:attributesview')
  })
})

describe('analytics details query and jobs', () => {
  it('filters on ani and queue, and needs analytics:conversationDetail:view', async () => {
    await admin(emu.origin, '/conversations', {
      participants: [
        { purpose: 'customer', ani: 'tel:+14155550199', name: 'Ann Example' },
        { purpose: 'acd', queueId: SEED.queues.billing.id },
      ],
    })
    const byPhone = await post(supervisor, '/api/v2/analytics/conversations/details/query', {
      interval: interval(),
      segmentFilters: [
        {
          type: 'and',
          predicates: [{ dimension: 'ani', value: 'tel:+14155550199' }],
          clauses: [{ type: 'or', predicates: [{ dimension: 'queueId', value: SEED.queues.billing.id }] }],
        },
      ],
    })
    expect(byPhone.status).toBe(200)
    expect(byPhone.body.totalHits).toBe(1)
    const refused = await post(agent, '/api/v2/analytics/conversations/details/query', {
      interval: interval(),
    })
    expect(refused.status).toBe(403)
    expect(refused.body.message).toContain('analytics:conversationDetail:view')
  })

  it('keeps the attributes as they were when the conversation ended; a later write is live only', async () => {
    const { endedCall } = SEED.conversations
    const before = await api(emu.origin, supervisor, `/api/v2/conversations/${endedCall.id}`)
    const kept = ((await before.json()) as { participants: Array<{ id: string; attributes: object }> })
      .participants
    await api(
      emu.origin,
      supervisor,
      `/api/v2/conversations/${endedCall.id}/participants/${endedCall.customerParticipantId}/attributes`,
      { method: 'PATCH', body: JSON.stringify({ attributes: { WrapUpNote: 'set after the end' } }) },
    )
    const job = await post(supervisor, '/api/v2/analytics/conversations/details/jobs', {
      interval: interval(),
      conversationFilters: [
        { type: 'and', predicates: [{ dimension: 'conversationId', value: endedCall.id }] },
      ],
    })
    expect(job.status).toBe(202)
    const jobId = String(job.body.jobId)
    const status = await api(emu.origin, supervisor, `/api/v2/analytics/conversations/details/jobs/${jobId}`)
    expect(((await status.json()) as { state: string }).state).toBe('FULFILLED')
    const results = await api(
      emu.origin,
      supervisor,
      `/api/v2/analytics/conversations/details/jobs/${jobId}/results`,
    )
    const body = (await results.json()) as {
      conversations: Array<{
        participants: Array<{ participantId: string; attributes: Record<string, string> }>
      }>
    }
    const customer = body.conversations[0]?.participants.find(
      (p) => p.participantId === endedCall.customerParticipantId,
    )
    expect(customer?.attributes).toEqual(
      kept.find((p) => p.id === endedCall.customerParticipantId)?.attributes,
    )
    expect(customer?.attributes).not.toHaveProperty('WrapUpNote')
  })
})
