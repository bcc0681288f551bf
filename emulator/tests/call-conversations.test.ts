import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { errorBodySchema } from '../../src/genesys/schemas.ts'
import { SEED } from '../seed.ts'
import { startEmulator } from '../server.ts'
import type { RunningEmulator } from '../server.ts'
import type { SdkCallConversation, SdkCallConversationListing } from '../state/sdk-models.ts'
import { admin, adminState, api, eventually, serviceToken, userToken } from '../test-support/http-client.ts'
import { keysOutsideModel } from '../test-support/sdk-model-keys.ts'

/*
 * The call-specific endpoints in the official SDK's shapes: CallConversation (legs carry `user`/`queue` entity
 * references, not ids), CallConversationEntityListing, and the media attribute PATCHes answering
 * ParticipantAttributes, all on the same write path as the generic PATCH.
 */

let emu: RunningEmulator
const tokens = { agent: '', agent2: '', service: '' }
const { liveCall, message, agent2Call } = SEED.conversations

beforeAll(async () => {
  emu = await startEmulator({ port: 0, settings: { writeDelayMs: 200, maxValueLength: 50 } })
})
afterAll(() => emu.close())
beforeEach(async () => {
  await admin(emu.origin, '/reset')
  tokens.agent = await userToken(emu.origin, 'agent')
  tokens.agent2 = await userToken(emu.origin, 'agent2')
  tokens.service = await serviceToken(emu.origin)
})

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T
}

describe('GET /api/v2/conversations/calls/{id}', () => {
  it('answers CallMediaParticipants with user and queue references and their own state', async () => {
    const response = await api(emu.origin, tokens.agent, `/api/v2/conversations/calls/${liveCall.id}`)
    expect(response.status).toBe(200)
    const call = await json<SdkCallConversation>(response)
    expect(keysOutsideModel(call, 'CallConversation')).toEqual([])
    const legs = call.participants ?? []
    expect(legs.map((p) => [p.purpose, p.state])).toEqual([
      ['customer', 'connected'],
      ['ivr', 'disconnected'],
      ['acd', 'disconnected'],
      ['agent', 'connected'],
    ])
    for (const leg of legs) expect(keysOutsideModel(leg, 'CallMediaParticipant')).toEqual([])
    const agent = legs.find((p) => p.purpose === 'agent')
    expect(agent?.user).toEqual({
      id: SEED.users.agent.id,
      name: SEED.users.agent.name,
      selfUri: `/api/v2/users/${SEED.users.agent.id}`,
    })
    expect(agent).not.toHaveProperty('userId')
    expect(legs.find((p) => p.purpose === 'acd')?.queue).toMatchObject({
      id: SEED.queues.customerCare.id,
      name: SEED.queues.customerCare.name,
    })
    expect(legs.find((p) => p.purpose === 'acd')).not.toHaveProperty('queueId')
    expect(legs[0]?.attributes?.CustomerName).toBe('Maria Schneider')
  })

  it('is 404 for a conversation that is not a call, or not the agent’s', async () => {
    expect((await api(emu.origin, tokens.agent, `/api/v2/conversations/calls/${message.id}`)).status).toBe(
      404,
    )
    expect((await api(emu.origin, tokens.agent2, `/api/v2/conversations/calls/${liveCall.id}`)).status).toBe(
      404,
    )
  })
})

describe('GET /api/v2/conversations/calls', () => {
  it('lists the user’s own active calls as a CallConversationEntityListing (not "conversation not found")', async () => {
    const response = await api(emu.origin, tokens.agent, '/api/v2/conversations/calls')
    expect(response.status).toBe(200)
    const listing = await json<SdkCallConversationListing>(response)
    expect(keysOutsideModel(listing, 'CallConversationEntityListing')).toEqual([])
    expect(listing.entities?.map((c) => c.id)).toEqual([liveCall.id])
    expect(listing.total).toBe(1)
    const other = await json<SdkCallConversationListing>(
      await api(emu.origin, tokens.agent2, '/api/v2/conversations/calls'),
    )
    expect(other.entities?.map((c) => c.id)).toEqual([agent2Call.id])
  })
})

const media = ['calls', 'callbacks', 'emails', 'messages'] as const
const mediaType = { calls: 'call', callbacks: 'callback', emails: 'email', messages: 'message' } as const

/** A conversation of the given media with the agent on it; returns its id and the customer's participant id. */
async function conversationOf(kind: (typeof media)[number]): Promise<{ id: string; customer: string }> {
  if (kind === 'calls') return { id: liveCall.id, customer: liveCall.customerParticipantId }
  if (kind === 'messages') return { id: message.id, customer: message.customerParticipantId }
  const created = await json<{ id: string; participants: Array<{ id: string; purpose: string }> }>(
    await admin(emu.origin, '/conversations', {
      media: mediaType[kind],
      participants: [
        { purpose: 'customer', attributes: { Seeded: 'yes' } },
        { purpose: 'agent', userId: SEED.users.agent.id },
      ],
    }),
  )
  return { id: created.id, customer: created.participants.find((p) => p.purpose === 'customer')?.id ?? '' }
}

describe.each(media)('PATCH /api/v2/conversations/%s/{id}/participants/{pid}/attributes', (kind) => {
  it('answers 202 with ParticipantAttributes and applies through the same delayed, logged write', async () => {
    const { id, customer } = await conversationOf(kind)
    const path = `/api/v2/conversations/${kind}/${id}/participants/${customer}/attributes`
    const response = await api(emu.origin, tokens.agent, path, {
      method: 'PATCH',
      body: JSON.stringify({ attributes: { Reason: 'Billing' } }),
    })
    expect(response.status).toBe(202)
    const answer = await json<object>(response)
    expect(answer).toEqual({ attributes: { Reason: 'Billing' } })
    expect(keysOutsideModel(answer, 'ParticipantAttributes')).toEqual([])
    const pending = await adminState(emu.origin)
    expect(pending.writeLog).toMatchObject([{ participantId: customer, names: ['Reason'], appliedAt: null }])
    await eventually(async () => {
      const state = await adminState(emu.origin)
      const stored = state.conversations.find((c) => c.id === id)?.participants.find((p) => p.id === customer)
      expect(stored?.attributes).toMatchObject({ Reason: 'Billing' })
    })
  })

  it('refuses what the generic PATCH refuses, and another media’s participant', async () => {
    const { id, customer } = await conversationOf(kind)
    const path = `/api/v2/conversations/${kind}/${id}/participants/${customer}/attributes`
    const tooLong = await api(emu.origin, tokens.agent, path, {
      method: 'PATCH',
      body: JSON.stringify({ attributes: { Reason: 'x'.repeat(51) } }),
    })
    expect(tooLong.status).toBe(400)
    expect(errorBodySchema.parse(await tooLong.json()).status).toBe(400)
    const otherMedia = kind === 'calls' ? 'messages' : 'calls'
    const wrong = await api(
      emu.origin,
      tokens.agent,
      `/api/v2/conversations/${otherMedia}/${id}/participants/${customer}/attributes`,
      { method: 'PATCH', body: JSON.stringify({ attributes: { Reason: 'x' } }) },
    )
    expect(wrong.status).toBe(404)
    expect((await adminState(emu.origin)).writeLog).toEqual([])
  })

  it('takes injected faults like every other endpoint', async () => {
    const { id, customer } = await conversationOf(kind)
    const path = `/api/v2/conversations/${kind}/${id}/participants/${customer}/attributes`
    const injected = await admin(emu.origin, '/faults', {
      target: 'http',
      method: 'PATCH',
      path,
      fault: { type: 'status', status: 503 },
    })
    expect(injected.status).toBeLessThan(300)
    const failed = await api(emu.origin, tokens.service, path, {
      method: 'PATCH',
      body: JSON.stringify({ attributes: { Reason: 'x' } }),
    })
    expect(failed.status).toBe(503)
    expect((await adminState(emu.origin)).writeLog).toEqual([])
  })
})

describe('media without an attributes PATCH of their own', () => {
  it('has no chats variant (the SDK documents none)', async () => {
    const response = await api(
      emu.origin,
      tokens.agent,
      `/api/v2/conversations/chats/${liveCall.id}/participants/${liveCall.customerParticipantId}/attributes`,
      { method: 'PATCH', body: JSON.stringify({ attributes: { a: 'b' } }) },
    )
    expect(response.status).toBe(404)
  })
})
