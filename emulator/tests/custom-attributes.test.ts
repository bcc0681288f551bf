import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CUSTOM_ATTRIBUTES_SEED } from '../seed-custom-attributes.ts'
import { SEED } from '../seed.ts'
import { startEmulator, type RunningEmulator } from '../server.ts'
import { admin, api, userToken } from '../test-support/http-client.ts'

let emu: RunningEmulator
let agent: string
const live = SEED.conversations.liveCall.id
const recordId = CUSTOM_ATTRIBUTES_SEED.liveCallRecordId
const records = (conversationId: string = live) => `/api/v2/conversations/${conversationId}/customattributes`

beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
})
afterAll(() => emu.close())
beforeEach(async () => {
  await admin(emu.origin, '/reset')
  agent = await userToken(emu.origin, 'agent')
})

const patch = (token: string, body: unknown) =>
  api(emu.origin, token, records(), { method: 'PATCH', body: JSON.stringify(body) })

describe('conversation custom attributes', () => {
  it('lets the agent read and amend the live call record; another writer makes the read version stale', async () => {
    const listing = (await (await api(emu.origin, agent, records())).json()) as {
      results: Array<{ id: string; version: number }>
    }
    expect(listing.results).toMatchObject([{ id: recordId, version: 1 }])

    const other = await admin(emu.origin, `/conversations/${live}/customattributes`, {
      id: recordId,
      customAttributes: { disputeReason: 'fraud' },
    })
    expect(await other.json()).toMatchObject({ version: 2, customAttributes: { disputeReason: 'fraud' } })

    const stale = await patch(agent, {
      id: recordId,
      version: 1,
      customAttributes: { disputeReason: 'duplicate-charge' },
    })
    expect(stale.status).toBe(409)
    const fresh = await patch(agent, {
      id: recordId,
      version: 2,
      customAttributes: { disputeReason: 'duplicate-charge' },
    })
    expect(fresh.status).toBe(204)

    const log = (await (await fetch(`${emu.origin}/__admin/custom-attributes`)).json()) as {
      writeLog: Array<{ by: string; versionSent?: number; outcome: string }>
    }
    expect(log.writeLog.map((w) => [w.by, w.versionSent, w.outcome])).toEqual([
      ['crm-sync', undefined, 'applied'],
      [SEED.users.agent.id, 1, 'stale'],
      [SEED.users.agent.id, 2, 'applied'],
    ])
  })

  it('refuses unknown fields, unknown enum values, a too-long text and emptying a required field', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ nickname: 'x' }, 'nickname', 'unknown-field'],
      [{ disputeReason: 'bored' }, 'disputeReason', 'enum'],
      [{ campaignCode: 'x'.repeat(21) }, 'campaignCode', 'maxLength'],
      [{ campaignCode: null }, 'campaignCode', 'required'],
      [{ followUpAt: 'tomorrow' }, 'followUpAt', 'format'],
      [{ disputedAmount: -1 }, 'disputedAmount', 'minimum'],
    ]
    for (const [customAttributes, field, rule] of cases) {
      const answer = await patch(agent, { id: recordId, customAttributes })
      expect(answer.status).toBe(400)
      expect(await answer.json()).toMatchObject({ messageParams: { field, rule } })
    }
  })

  it('needs the view, edit and delete permissions (403), and hides other agents’ conversations (404)', async () => {
    expect((await api(emu.origin, agent, `${records()}/${recordId}`, { method: 'DELETE' })).status).toBe(403)
    await admin(emu.origin, '/custom-attributes/permissions', {
      userId: SEED.users.agent.id,
      revoke: ['conversation:customAttributes:view'],
    })
    const denied = await api(emu.origin, agent, records())
    expect(denied.status).toBe(403)
    expect(await denied.json()).toMatchObject({
      messageParams: { permission: 'conversation:customAttributes:view' },
    })
    expect((await api(emu.origin, agent, records(SEED.conversations.agent2Call.id))).status).toBe(404)
  })

  it('creates with PUT, writes in bulk with one status per record, and deletes as supervisor', async () => {
    const supervisor = await userToken(emu.origin, 'supervisor')
    const created = await api(emu.origin, supervisor, records(SEED.conversations.message.id), {
      method: 'PUT',
      body: JSON.stringify({
        id: 'rec-2',
        schemaId: CUSTOM_ATTRIBUTES_SEED.schemaId,
        customAttributes: { campaignCode: 'WEB' },
      }),
    })
    expect(await created.json()).toEqual({ id: 'rec-2' })
    const bulk = await api(emu.origin, supervisor, `${records(SEED.conversations.message.id)}/bulk`, {
      method: 'PATCH',
      body: JSON.stringify([
        { id: 'rec-2', version: 1, customAttributes: { callbackRequested: true } },
        { id: 'rec-2', version: 1, customAttributes: { callbackRequested: false } },
      ]),
    })
    expect(await bulk.json()).toMatchObject({ results: { 'rec-2': { statusCode: 409 } } })
    const gone = await api(emu.origin, supervisor, `${records(SEED.conversations.message.id)}/rec-2`, {
      method: 'DELETE',
    })
    expect(gone.status).toBe(204)
  })

  it('takes injected faults like every other endpoint', async () => {
    await admin(emu.origin, '/faults', {
      target: 'http',
      method: 'GET',
      path: '/api/v2/conversations/*/customattributes',
      fault: { type: 'status', status: 503 },
    })
    expect((await api(emu.origin, agent, records())).status).toBe(503)
    expect((await api(emu.origin, agent, records())).status).toBe(200)
  })
})
