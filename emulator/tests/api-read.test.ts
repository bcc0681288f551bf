import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  conversationListingSchema,
  conversationSchema,
  errorBodySchema,
  userSchema,
} from '../../src/genesys/schemas.ts'
import { SEED, seededCustomerAttributes } from '../seed.ts'
import { startEmulator } from '../server.ts'
import type { RunningEmulator } from '../server.ts'
import { admin, api, serviceToken, userToken } from '../test-support/http-client.ts'

let emu: RunningEmulator
const tokens: Record<'agent' | 'agent2' | 'supervisor' | 'service', string> = {
  agent: '',
  agent2: '',
  supervisor: '',
  service: '',
}
const { liveCall, message, endedCall, agent2Call } = SEED.conversations

beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
  tokens.agent = await userToken(emu.origin, 'agent')
  tokens.agent2 = await userToken(emu.origin, 'agent2')
  tokens.supervisor = await userToken(emu.origin, 'supervisor')
  tokens.service = await serviceToken(emu.origin)
})
afterAll(() => emu.close())

async function json(response: Response): Promise<unknown> {
  return (await response.json()) as unknown
}

describe('users/me', () => {
  it('returns the signed-in user, with roles and permissions on expand=authorization', async () => {
    const plain = userSchema.parse(await json(await api(emu.origin, tokens.agent, '/api/v2/users/me')))
    expect(plain).toMatchObject({ id: SEED.users.agent.id, email: 'agent@example.com' })
    expect(plain.authorization).toBeUndefined()
    const expanded = userSchema.parse(
      await json(await api(emu.origin, tokens.supervisor, '/api/v2/users/me?expand=authorization')),
    )
    expect(expanded.authorization?.permissions).toContain('analytics:conversationDetail:view')
    expect(expanded.authorization?.roles.map((r) => r.name)).toContain('Supervisor')
  })

  it('needs a user context: a client-credentials token gets 400', async () => {
    const response = await api(emu.origin, tokens.service, '/api/v2/users/me')
    expect(response.status).toBe(400)
    expect(errorBodySchema.parse(await json(response)).code).toBe('bad.request')
  })
})

describe('401 for missing, unknown, revoked tokens', () => {
  it('answers every case with the Genesys error body', async () => {
    const missing = await api(emu.origin, null, '/api/v2/conversations')
    expect(missing.status).toBe(401)
    const missingBody = errorBodySchema.parse(await json(missing))
    expect(missingBody).toMatchObject({
      status: 401,
      code: 'authentication.required',
      details: [],
      errors: [],
    })
    expect(missingBody.contextId).toMatch(/^[0-9a-f-]{36}$/)
    expect(missingBody.messageWithParams).toBeTruthy()
    expect((await api(emu.origin, 'made-up', '/api/v2/conversations')).status).toBe(401)
    const doomed = await userToken(emu.origin, 'agent')
    expect((await admin(emu.origin, '/tokens/revoke', { email: 'agent@example.com' })).status).toBe(200)
    const revoked = await api(emu.origin, doomed, '/api/v2/conversations')
    expect(revoked.status).toBe(401)
    expect(errorBodySchema.parse(await json(revoked)).code).toBe('bad.credentials')
    tokens.agent = await userToken(emu.origin, 'agent')
  })
})

describe('conversations', () => {
  beforeEach(async () => void (await admin(emu.origin, '/reset')))
  beforeEach(async () => {
    tokens.agent = await userToken(emu.origin, 'agent')
    tokens.agent2 = await userToken(emu.origin, 'agent2')
    tokens.supervisor = await userToken(emu.origin, 'supervisor')
    tokens.service = await serviceToken(emu.origin)
  })

  it('lists only the user’s active conversations', async () => {
    const listing = conversationListingSchema.parse(
      await json(await api(emu.origin, tokens.agent, '/api/v2/conversations')),
    )
    expect(listing.entities.map((c) => c.id).sort()).toEqual([liveCall.id, message.id].sort())
    const other = conversationListingSchema.parse(
      await json(await api(emu.origin, tokens.agent2, '/api/v2/conversations')),
    )
    expect(other.entities.map((c) => c.id)).toEqual([agent2Call.id])
  })

  it('leaves out conversations where the user’s own leg has ended (transferred away)', async () => {
    const created = await admin(emu.origin, '/conversations', {
      participants: [
        { purpose: 'customer', name: 'Kim Park' },
        { purpose: 'agent', userId: SEED.users.agent.id, state: 'disconnected' },
        { purpose: 'agent', userId: SEED.users.agent2.id },
      ],
    })
    const id = ((await created.json()) as { id: string }).id
    const listing = conversationListingSchema.parse(
      await json(await api(emu.origin, tokens.agent, '/api/v2/conversations')),
    )
    expect(listing.entities.map((c) => c.id)).not.toContain(id)
    const other = conversationListingSchema.parse(
      await json(await api(emu.origin, tokens.agent2, '/api/v2/conversations')),
    )
    expect(other.entities.map((c) => c.id)).toContain(id)
    expect((await api(emu.origin, tokens.agent, `/api/v2/conversations/${id}`)).status).toBe(200)
  })

  it('returns the seeded live call with media arrays, per-communication state and the IVR attributes', async () => {
    const response = await api(emu.origin, tokens.agent, `/api/v2/conversations/${liveCall.id}`)
    expect(response.status).toBe(200)
    const conversation = conversationSchema.parse(await json(response))
    expect(conversation.participants.map((p) => p.purpose)).toEqual(['customer', 'ivr', 'acd', 'agent'])
    const customer = conversation.participants.find((p) => p.id === liveCall.customerParticipantId)
    expect({ ...customer?.attributes }).toEqual(seededCustomerAttributes)
    expect(Object.keys(customer?.attributes ?? {}).length).toBeGreaterThanOrEqual(12)
    expect(customer?.calls?.[0]?.state).toBe('connected')
    expect(customer).not.toHaveProperty('state')
    expect(customer?.ani).toBe('tel:+14155550142')
    const ivr = conversation.participants.find((p) => p.purpose === 'ivr')
    expect(ivr?.calls?.[0]?.state).toBe('disconnected')
  })

  it('returns the message conversation with messages[]', async () => {
    const conversation = conversationSchema.parse(
      await json(await api(emu.origin, tokens.agent, `/api/v2/conversations/${message.id}`)),
    )
    expect(conversation.participants[0]?.messages?.[0]?.state).toBe('connected')
    expect(conversation.participants[0]?.calls).toBeUndefined()
  })

  it('hides other agents’ conversations with 404; the supervisor and service tokens see them', async () => {
    const hidden = await api(emu.origin, tokens.agent2, `/api/v2/conversations/${liveCall.id}`)
    expect(hidden.status).toBe(404)
    expect(errorBodySchema.parse(await json(hidden)).code).toBe('not.found')
    expect((await api(emu.origin, tokens.agent2, `/api/v2/conversations/calls/${liveCall.id}`)).status).toBe(
      404,
    )
    expect((await api(emu.origin, tokens.supervisor, `/api/v2/conversations/${liveCall.id}`)).status).toBe(
      200,
    )
    expect((await api(emu.origin, tokens.supervisor, `/api/v2/conversations/${agent2Call.id}`)).status).toBe(
      200,
    )
    expect((await api(emu.origin, tokens.service, `/api/v2/conversations/${agent2Call.id}`)).status).toBe(200)
    expect(
      (await api(emu.origin, tokens.agent, '/api/v2/conversations/00000000-0000-4000-8000-000000000000'))
        .status,
    ).toBe(404)
  })

  it('still serves an ended conversation to its agent, with terminated communications', async () => {
    const conversation = conversationSchema.parse(
      await json(await api(emu.origin, tokens.agent, `/api/v2/conversations/${endedCall.id}`)),
    )
    expect(conversation.endTime).toBeTruthy()
    expect(conversation.participants.every((p) => p.calls?.[0]?.state === 'terminated')).toBe(true)
  })

  it('answers unknown paths with a Genesys 404 and wrong methods with 405', async () => {
    const unknown = await api(emu.origin, tokens.agent, '/api/v2/nothing-here')
    expect(errorBodySchema.parse(await json(unknown))).toMatchObject({ status: 404, code: 'not.found' })
    expect((await api(emu.origin, tokens.agent, '/api/v2/users/me', { method: 'DELETE' })).status).toBe(405)
  })
})

describe('tokens/me and users/{id}', () => {
  it('describes the token, and DELETE revokes it', async () => {
    const token = await userToken(emu.origin, 'agent2')
    const me = await api(emu.origin, token, '/api/v2/tokens/me')
    expect(await me.json()).toMatchObject({ name: 'Sam Rivera', OAuthClient: { id: 'widget-local' } })
    expect((await api(emu.origin, token, '/api/v2/tokens/me', { method: 'DELETE' })).status).toBe(204)
    expect((await api(emu.origin, token, '/api/v2/users/me')).status).toBe(401)
  })

  it('returns other users by id, and 404 for unknown ids', async () => {
    const token = await userToken(emu.origin, 'agent')
    const user = userSchema.parse(
      await json(await api(emu.origin, token, `/api/v2/users/${SEED.users.supervisor.id}`)),
    )
    expect(user.email).toBe('supervisor@example.com')
    expect((await api(emu.origin, token, '/api/v2/users/nobody')).status).toBe(404)
  })
})
