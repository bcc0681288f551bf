import { Agent, get } from 'node:http'
import type { Socket } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { conversationListingSchema, conversationSchema, errorBodySchema } from '../../src/genesys/schemas.ts'
import { SEED } from '../seed.ts'
import { startEmulator } from '../server.ts'
import type { RunningEmulator } from '../server.ts'
import { admin, adminState, api, eventually, sleep, userToken } from '../test-support/http-client.ts'

let emu: RunningEmulator
let agent = ''
const { liveCall } = SEED.conversations

beforeAll(async () => {
  emu = await startEmulator({ port: 0, settings: { writeDelayMs: 20 } })
})
afterAll(() => emu.close())
beforeEach(async () => {
  await admin(emu.origin, '/reset')
  agent = await userToken(emu.origin, 'agent')
})

async function readConversation(id: string): Promise<ReturnType<typeof conversationSchema.parse>> {
  return conversationSchema.parse(await (await api(emu.origin, agent, `/api/v2/conversations/${id}`)).json())
}

describe('admin API', () => {
  it('creates a conversation from a description and answers with its ids', async () => {
    const response = await admin(emu.origin, '/conversations', {
      media: 'message',
      participants: [
        { purpose: 'customer', name: 'Ana Lima', attributes: { CustomerName: 'Ana Lima', Empty: '' } },
        { purpose: 'agent', userId: SEED.users.agent.id, name: 'Alex Morgan', state: 'alerting' },
      ],
    })
    expect(response.status).toBe(201)
    const created = conversationSchema.parse(await response.json())
    expect(created.participants).toHaveLength(2)
    expect(created.participants[0]?.messages?.[0]?.state).toBe('connected')
    expect(created.participants[1]?.messages?.[0]?.state).toBe('alerting')
    const listing = conversationListingSchema.parse(
      await (await api(emu.origin, agent, '/api/v2/conversations')).json(),
    )
    expect(listing.entities.map((c) => c.id)).toContain(created.id)
    expect((await readConversation(created.id)).participants[0]?.attributes.Empty).toBe('')
  })

  it('refuses invalid descriptions with a 400 listing the problems, and duplicate ids with 409', async () => {
    const invalid = await admin(emu.origin, '/conversations', {
      participants: [{ name: 'no purpose' }],
      extra: 1,
    })
    expect(invalid.status).toBe(400)
    expect(errorBodySchema.parse(await invalid.json()).message).toMatch(/purpose/)
    const nonString = await admin(emu.origin, '/conversations', {
      participants: [{ purpose: 'customer', attributes: { n: 1 } }],
    })
    expect(nonString.status).toBe(400)
    const duplicate = await admin(emu.origin, '/conversations', {
      id: liveCall.id,
      participants: [{ purpose: 'customer' }],
    })
    expect(duplicate.status).toBe(409)
  })

  it('writes attributes as a flow would: merged, at once, logged with its source', async () => {
    const path = `/conversations/${liveCall.id}/participants/${liveCall.customerParticipantId}/attributes`
    const response = await admin(emu.origin, path, {
      attributes: { LastIVRNode: 'Transfer_To_Agent' },
      source: 'flow',
    })
    expect(response.status).toBe(200)
    const customer = (await readConversation(liveCall.id)).participants[0]
    expect(customer?.attributes).toMatchObject({
      LastIVRNode: 'Transfer_To_Agent',
      CustomerName: 'Maria Schneider',
    })
    const { writeLog } = await adminState(emu.origin)
    expect(writeLog).toEqual([
      expect.objectContaining({ source: 'flow', by: 'flow', names: ['LastIVRNode'] }),
    ])
  })

  it('writes later when asked (delayMs) so tests can race the widget', async () => {
    const path = `/conversations/${liveCall.id}/participants/${liveCall.customerParticipantId}/attributes`
    const response = await admin(emu.origin, path, {
      attributes: { LoyaltyTier: 'Silver' },
      source: 'agent',
      by: SEED.users.agent2.id,
      delayMs: 400,
    })
    expect(response.status).toBe(202)
    expect((await readConversation(liveCall.id)).participants[0]?.attributes.LoyaltyTier).toBe('Gold')
    await eventually(async () => {
      expect((await readConversation(liveCall.id)).participants[0]?.attributes.LoyaltyTier).toBe('Silver')
    })
  })

  it('ends a conversation: it leaves the active list and its legs terminate', async () => {
    expect((await admin(emu.origin, `/conversations/${liveCall.id}/end`)).status).toBe(200)
    const listing = conversationListingSchema.parse(
      await (await api(emu.origin, agent, '/api/v2/conversations')).json(),
    )
    expect(listing.entities.map((c) => c.id)).not.toContain(liveCall.id)
    const ended = await readConversation(liveCall.id)
    expect(ended.participants.map((p) => p.calls?.[0]?.state)).toEqual([
      'terminated',
      'terminated',
      'terminated',
      'terminated',
    ])
    expect((await admin(emu.origin, '/conversations/nope/end')).status).toBe(404)
  })

  it('reset returns to the seed and drops pending writes', async () => {
    const path = `/api/v2/conversations/${liveCall.id}/participants/${liveCall.customerParticipantId}/attributes`
    await api(emu.origin, agent, path, {
      method: 'PATCH',
      body: JSON.stringify({ attributes: { CustomerName: 'Changed' } }),
    })
    await admin(emu.origin, '/reset')
    await sleep(50)
    const state = await adminState(emu.origin)
    expect(state.writeLog).toEqual([])
    const customer = state.conversations.find((c) => c.id === liveCall.id)?.participants[0]
    expect(customer?.attributes.CustomerName).toBe('Maria Schneider')
    expect(state.tokens).toEqual([])
  })

  it('changes settings, refusing unknown keys and bad values', async () => {
    const ok = await admin(emu.origin, '/settings', { writeDelayMs: 0, rateLimitPerMinute: 50 })
    expect(await ok.json()).toMatchObject({
      writeDelayMs: 0,
      rateLimitPerMinute: 50,
      tokenLifetimeSeconds: 86400,
    })
    expect((await admin(emu.origin, '/settings', { nope: 1 })).status).toBe(400)
    expect((await admin(emu.origin, '/settings', { writeDelayMs: -1 })).status).toBe(400)
    expect(emu.settings.rateLimitPerMinute).toBe(50)
  })

  it('refuses timer settings Node would clamp to 1 ms, with a 400 that names the setting and the bound', async () => {
    const before = emu.settings.writeDelayMs
    for (const body of [
      { writeDelayMs: 2 ** 31 },
      { heartbeatIntervalMs: 2 ** 31 },
      { channelLifetimeSeconds: 2 ** 31 },
    ]) {
      const refused = await admin(emu.origin, '/settings', body)
      expect(refused.status).toBe(400)
      const error = errorBodySchema.parse(await refused.json())
      expect(error.message).toContain(Object.keys(body)[0])
      expect(error.message).toMatch(/at most 2147483(647 ms|( s))/)
    }
    expect(emu.settings.writeDelayMs).toBe(before)
    const longest = await admin(emu.origin, '/settings', { writeDelayMs: 2 ** 31 - 1 })
    expect(await longest.json()).toMatchObject({ writeDelayMs: 2 ** 31 - 1 })
    await admin(emu.origin, '/settings', { writeDelayMs: before })
    await expect(startEmulator({ port: 0, settings: { writeDelayMs: 2 ** 31 } })).rejects.toThrow(/at most/)
  })

  it('reads admin bodies as JSON whatever the Content-Type (curl -d sends a form type)', async () => {
    const response = await fetch(`${emu.origin}/__admin/settings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '{"writeDelayMs": 5}',
    })
    expect(await response.json()).toMatchObject({ writeDelayMs: 5 })
  })

  it('shows tokens in state without their values', async () => {
    const text = await (await fetch(`${emu.origin}/__admin/state`)).text()
    expect(text).not.toContain(agent)
    expect(JSON.parse(text)).toMatchObject({
      tokens: [expect.objectContaining({ userId: SEED.users.agent.id, clientId: 'widget-local' })],
    })
  })

  it('revokes a user’s tokens and, on request, the login session', async () => {
    const response = await admin(emu.origin, '/tokens/revoke', {
      userId: SEED.users.agent.id,
      endSessions: true,
    })
    expect(await response.json()).toEqual({ revoked: 1, sessionsEnded: 1 })
    expect((await api(emu.origin, agent, '/api/v2/users/me')).status).toBe(401)
    expect((await admin(emu.origin, '/tokens/revoke', {})).status).toBe(400)
  })

  it('closes the connection after every answer, so a test client never reuses a socket the server is timing out', async () => {
    // Playwright's request context keeps sockets alive with no idle timeout of its own, so it ignores the
    // Keep-Alive hint; a request sent as the server's idle timer (5 s + 1 s in Node 20) fires meets a reset
    // ("socket hang up"). That failed a browser test in CI. An admin answer that closes its socket leaves nothing
    // to reuse.
    const keepAliveAgent = new Agent({ keepAlive: true })
    const sockets: Socket[] = []
    const stateOnce = () =>
      new Promise<string | undefined>((resolve, reject) => {
        const request = get(`${emu.origin}/__admin/state`, { agent: keepAliveAgent }, (response) => {
          response.resume()
          response.on('end', () => resolve(response.headers.connection))
        })
        request.on('socket', (socket) => sockets.push(socket))
        request.on('error', reject)
      })
    try {
      expect(await stateOnce()).toBe('close')
      expect(await stateOnce()).toBe('close')
      expect(sockets).toHaveLength(2)
      expect(sockets[0]).not.toBe(sockets[1])
    } finally {
      keepAliveAgent.destroy()
    }
  })
})
