import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SEED } from '../../emulator/seed.ts'
import { SERVICE_CLIENT } from '../../emulator/state/clients.ts'
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts'
import { admin, api, userToken } from '../../emulator/test-support/http-client.ts'
import { TestSocket } from '../../emulator/test-support/socket-client.ts'
import { readConversationEvent } from '../../src/genesys/event-schemas.ts'
import { conversationSchema, tokenResponseSchema, userConversationsTopic } from '../../src/genesys/schemas.ts'
import { violations } from './model-payloads.ts'

/*
 * What the emulator sends on each endpoint and topic the widget reads must be valid against the same SDK models:
 * every field one the model has, of the model's type, and every required field present. An extra field fails,
 * so the emulator cannot drift from the real API again. docs/EMULATOR.md has the table of what is filled.
 */

const { liveCall, message, endedCall } = SEED.conversations
const agentTopic = userConversationsTopic(SEED.users.agent.id)
let emu: RunningEmulator
let agent = ''
const sockets: TestSocket[] = []

beforeAll(async () => {
  emu = await startEmulator({ port: 0, settings: { writeDelayMs: 0, heartbeatIntervalMs: 60_000 } })
})
afterAll(() => emu.close())
beforeEach(async () => {
  await admin(emu.origin, '/reset')
  agent = await userToken(emu.origin, 'agent')
})
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close()
})

async function json(path: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const answer = await api(emu.origin, agent, path, init)
  return { status: answer.status, body: await answer.json() }
}

describe('REST answers against the SDK models', () => {
  it('GET /conversations is a ConversationEntityListing', async () => {
    const { status, body } = await json('/api/v2/conversations')
    expect(status).toBe(200)
    expect(violations(body, 'ConversationEntityListing')).toEqual([])
  })

  it.each([liveCall.id, message.id, endedCall.id])('GET /conversations/%s is a Conversation', async (id) => {
    const { status, body } = await json(`/api/v2/conversations/${id}`)
    expect(status).toBe(200)
    expect(violations(body, 'Conversation')).toEqual([])
  })

  it('GET /users/me?expand=authorization is a UserMe', async () => {
    const { body } = await json('/api/v2/users/me?expand=authorization')
    expect(violations(body, 'UserMe')).toEqual([])
  })

  it('an error answer is an ErrorBody', async () => {
    const { status, body } = await json('/api/v2/conversations/no-such-conversation')
    expect(status).toBe(404)
    expect(violations(body, 'ErrorBody')).toEqual([])
  })

  it('channels, subscriptions and available topics are Channel, ChannelTopicEntityListing, AvailableTopicEntityListing', async () => {
    const channel = await json('/api/v2/notifications/channels', { method: 'POST' })
    expect(violations(channel.body, 'Channel')).toEqual([])
    const id = (channel.body as { id: string }).id
    const topics = [agentTopic, `v2.users.${SEED.users.agent2.id}.conversations`, 'v2.unknown']
    const subscribed = await json(`/api/v2/notifications/channels/${id}/subscriptions`, {
      method: 'PUT',
      body: JSON.stringify(topics.map((topic) => ({ id: topic }))),
    })
    expect(violations(subscribed.body, 'ChannelTopicEntityListing')).toEqual([])
    const listed = await json(`/api/v2/notifications/channels/${id}/subscriptions`)
    expect(violations(listed.body, 'ChannelTopicEntityListing')).toEqual([])
    const available = await json('/api/v2/notifications/availabletopics')
    expect(violations(available.body, 'AvailableTopicEntityListing')).toEqual([])
  })

  it('the OAuth token answer has the RFC 6749 §5.1 fields only (the SDK has no model for it)', async () => {
    const answer = await fetch(`${emu.origin}/oauth/token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${Buffer.from(`${SERVICE_CLIENT.id}:${SERVICE_CLIENT.secret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    })
    expect(answer.status).toBe(200)
    const body = (await answer.json()) as Record<string, unknown>
    expect(tokenResponseSchema.safeParse(body).success).toBe(true)
    const rfc = new Set(['access_token', 'token_type', 'expires_in', 'refresh_token', 'scope'])
    expect(Object.keys(body).filter((key) => !rfc.has(key))).toEqual([])
  })
})

async function subscribedSocket(topics: string[]): Promise<TestSocket> {
  const channel = (await json('/api/v2/notifications/channels', { method: 'POST' })).body as {
    id: string
    connectUri: string
  }
  const socket = await TestSocket.open(channel.connectUri)
  sockets.push(socket)
  await json(`/api/v2/notifications/channels/${channel.id}/subscriptions`, {
    method: 'PUT',
    body: JSON.stringify(topics.map((id) => ({ id }))),
  })
  return socket
}

const write = (conversationId: string, participantId: string) =>
  admin(emu.origin, `/conversations/${conversationId}/participants/${participantId}/attributes`, {
    attributes: { Contract: 'checked' },
  })

describe('topic events against their own SDK models', () => {
  it.each([
    ['', 'ConversationEventTopicConversation', liveCall],
    ['', 'ConversationEventTopicConversation', message],
    ['.calls', 'ConversationCallEventTopicCallConversation', liveCall],
    ['.messages', 'ConversationMessageEventTopicMessageConversation', message],
  ] as const)('v2.users.{id}.conversations%s is a %s', async (suffix, model, conversation) => {
    const topic = `${agentTopic}${suffix}`
    const socket = await subscribedSocket([topic])
    await write(conversation.id, conversation.customerParticipantId)
    const event = await socket.waitFor((e) => e.topicName === topic)
    expect(violations(event.eventBody, model)).toEqual([])
    const family = suffix === '' ? 'conversations' : suffix === '.calls' ? 'calls' : 'messages'
    const read = readConversationEvent(family, event.eventBody)
    expect(read.problems).toEqual([])
    const customer = read.event?.participants.find((p) => p.id === conversation.customerParticipantId)
    expect(customer?.attributes?.Contract).toBe('checked')
  })

  it('a conversation made with real-world oddities (no attributes key, null name) is still valid and readable', async () => {
    const created = await admin(emu.origin, '/conversations', {
      participants: [
        { purpose: 'customer', name: 'Dana', attributes: { Tier: 'Gold' } },
        { purpose: 'ivr', wire: { omitAttributes: true } },
        { purpose: 'agent', userId: SEED.users.agent.id, wire: { nullFields: ['name', 'queueId'] } },
      ],
    })
    const wire = (await created.json()) as { id: string; participants: Array<Record<string, unknown>> }
    expect(violations(wire, 'Conversation')).toEqual([])
    expect(wire.participants[1]).not.toHaveProperty('attributes')
    expect(wire.participants[2]).toMatchObject({ name: null, queueId: null })
    const view = conversationSchema.parse((await json(`/api/v2/conversations/${wire.id}`)).body)
    expect(view.problems).toBeUndefined()
    expect(view.participants.map((p) => ({ ...p.attributes }))).toEqual([{ Tier: 'Gold' }, {}, {}])
  })
})
