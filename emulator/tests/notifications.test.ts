import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { readConversationEvent } from '../../src/genesys/event-schemas.ts'
import { channelSchema, subscriptionListingSchema } from '../../src/genesys/schemas.ts'
import { SEED } from '../seed.ts'
import { startEmulator } from '../server.ts'
import type { RunningEmulator } from '../server.ts'
import { admin, adminState, api, serviceToken, sleep, userToken } from '../test-support/http-client.ts'
import { TestSocket } from '../test-support/socket-client.ts'

let emu: RunningEmulator
let agent = ''
const sockets: TestSocket[] = []
const { liveCall } = SEED.conversations
const agentTopic = `v2.users.${SEED.users.agent.id}.conversations`

beforeAll(async () => {
  emu = await startEmulator({ port: 0, settings: { writeDelayMs: 10, heartbeatIntervalMs: 100 } })
})
afterAll(() => emu.close())
beforeEach(async () => {
  await admin(emu.origin, '/reset')
  agent = await userToken(emu.origin, 'agent')
})
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close()
})

async function openChannel(
  token = agent,
  topics = [agentTopic],
): Promise<{ id: string; socket: TestSocket }> {
  const created = await api(emu.origin, token, '/api/v2/notifications/channels', { method: 'POST' })
  expect(created.status).toBe(200)
  const channel = channelSchema.parse(await created.json())
  expect(channel.connectUri).toBe(`ws://127.0.0.1:${emu.port}/channels/${channel.id}`)
  expect(Date.parse(channel.expires ?? '')).toBeGreaterThan(Date.now())
  const socket = await TestSocket.open(channel.connectUri)
  sockets.push(socket)
  const subscribed = await api(
    emu.origin,
    token,
    `/api/v2/notifications/channels/${channel.id}/subscriptions`,
    {
      method: 'PUT',
      body: JSON.stringify(topics.map((id) => ({ id }))),
    },
  )
  expect(subscribed.status).toBe(200)
  return { id: channel.id, socket }
}

const isConversationEvent = (e: { topicName: string }): boolean => e.topicName === agentTopic

describe('notification channels', () => {
  it('pushes the whole conversation with attributes when a write is applied', async () => {
    const { socket } = await openChannel()
    const path = `/api/v2/conversations/${liveCall.id}/participants/${liveCall.customerParticipantId}/attributes`
    await api(emu.origin, agent, path, {
      method: 'PATCH',
      body: JSON.stringify({ attributes: { LoyaltyTier: 'Bronze' } }),
    })
    const event = await socket.waitFor(isConversationEvent)
    expect(event.version).toBe('2')
    expect(event.metadata?.CorrelationId).toMatch(/^[0-9a-f-]{36}$/)
    const { event: body, problems } = readConversationEvent('conversations', event.eventBody)
    expect(problems).toEqual([])
    if (!body) throw new Error('unreadable event')
    expect(body.id).toBe(liveCall.id)
    const customer = body.participants.find((p) => p.id === liveCall.customerParticipantId)
    expect(customer?.attributes?.LoyaltyTier).toBe('Bronze')
    expect(customer?.attributes?.CustomerName).toBe('Maria Schneider')
  })

  it('pushes flow writes, new participants and the end of a conversation', async () => {
    const { socket } = await openChannel()
    await admin(
      emu.origin,
      `/conversations/${liveCall.id}/participants/${liveCall.customerParticipantId}/attributes`,
      {
        attributes: { SurveyOptIn: 'false' },
      },
    )
    await socket.waitFor(
      (e) => isConversationEvent(e) && JSON.stringify(e.eventBody).includes('"SurveyOptIn":"false"'),
    )
    await admin(emu.origin, `/conversations/${liveCall.id}/participants`, {
      purpose: 'agent',
      userId: SEED.users.agent2.id,
      name: 'Sam Rivera',
    })
    await socket.waitFor(
      (e) => readConversationEvent('conversations', e.eventBody).event?.participants.length === 5,
    )
    await admin(emu.origin, `/conversations/${liveCall.id}/end`)
    const ended = await socket.waitFor((e) => JSON.stringify(e.eventBody).includes('"state":"terminated"'))
    // ConversationEventTopicConversation has no conversation times: the end shows as every leg terminated.
    expect(ended.eventBody).not.toHaveProperty('endTime')
    const legs = readConversationEvent('conversations', ended.eventBody).event?.participants ?? []
    expect(legs.every((p) => p.calls?.every((c) => c.state === 'terminated'))).toBe(true)
  })

  it('does not push conversations of other users', async () => {
    const { socket } = await openChannel()
    const other = SEED.conversations.agent2Call
    await admin(
      emu.origin,
      `/conversations/${other.id}/participants/${other.customerParticipantId}/attributes`,
      { attributes: { x: 'y' } },
    )
    await sleep(150)
    expect(socket.received.filter(isConversationEvent)).toEqual([])
  })

  it('filters per-media topics', async () => {
    const callsTopic = `${agentTopic}.calls`
    const { socket } = await openChannel(agent, [callsTopic])
    const message = SEED.conversations.message
    await admin(
      emu.origin,
      `/conversations/${message.id}/participants/${message.customerParticipantId}/attributes`,
      { attributes: { a: 'b' } },
    )
    await admin(
      emu.origin,
      `/conversations/${liveCall.id}/participants/${liveCall.customerParticipantId}/attributes`,
      { attributes: { a: 'b' } },
    )
    const event = await socket.waitFor((e) => e.topicName === callsTopic)
    expect((event.eventBody as { id: string }).id).toBe(liveCall.id)
    expect(socket.received.filter((e) => e.topicName === callsTopic)).toHaveLength(1)
  })

  it('sends heartbeats at the configured interval', async () => {
    const { socket } = await openChannel()
    const heartbeat = await socket.waitFor((e) => e.topicName === 'channel.metadata', 1_000)
    expect(heartbeat.eventBody).toEqual({ message: 'WebSocket Heartbeat' })
  })

  it('answers each topic Permitted or Rejected (another user, unknown, on purpose); only permitted ones deliver', async () => {
    const created = channelSchema.parse(
      await (await api(emu.origin, agent, '/api/v2/notifications/channels', { method: 'POST' })).json(),
    )
    const subscriptions = `/api/v2/notifications/channels/${created.id}/subscriptions`
    const put = async (topics: string[], method = 'PUT') => {
      const answer = await api(emu.origin, agent, subscriptions, {
        method,
        body: JSON.stringify(topics.map((id) => ({ id }))),
      })
      expect(answer.status).toBe(200)
      return subscriptionListingSchema.parse(await answer.json()).entities
    }
    const otherUser = `v2.users.${SEED.users.agent2.id}.conversations`
    await admin(emu.origin, '/settings', {
      rejectTopics: [
        {
          id: `${agentTopic}.messages`,
          rejectionReason: 'Missing permission',
          missingPermissions: ['x:y:z'],
        },
      ],
    })
    const answers = await put([
      agentTopic,
      otherUser,
      'v2.conversations.everything',
      `${agentTopic}.messages`,
    ])
    expect(
      answers.map(({ id, state, rejectionReason, missingPermissions }) => ({
        id,
        state,
        rejectionReason,
        missingPermissions,
      })),
    ).toEqual([
      { id: agentTopic, state: 'Permitted' },
      { id: otherUser, state: 'Rejected', rejectionReason: "Only the current user's topics are permitted." },
      {
        id: 'v2.conversations.everything',
        state: 'Rejected',
        rejectionReason: 'Unknown or unsupported topic.',
      },
      {
        id: `${agentTopic}.messages`,
        state: 'Rejected',
        rejectionReason: 'Missing permission',
        missingPermissions: ['x:y:z'],
      },
    ])
    expect((await api(emu.origin, agent, subscriptions, { method: 'PUT', body: '{"id":"x"}' })).status).toBe(
      400,
    )
    await admin(emu.origin, '/settings', { rejectTopics: [] })
    await put([`${agentTopic}.messages`], 'POST')
    const listed = subscriptionListingSchema.parse(await (await api(emu.origin, agent, subscriptions)).json())
    expect(listed.entities.map((e) => [e.id, e.state])).toEqual([
      [agentTopic, 'Permitted'],
      [`${agentTopic}.messages`, 'Permitted'],
    ])
    const agent2 = await userToken(emu.origin, 'agent2')
    expect((await api(emu.origin, agent2, subscriptions)).status).toBe(404)
    expect((await api(emu.origin, agent, subscriptions, { method: 'DELETE' })).status).toBe(204)
  })

  it('answers HEAD on a channel 200 while it lives and 404 once it is gone', async () => {
    const { id } = await openChannel()
    const head = (token = agent) =>
      api(emu.origin, token, `/api/v2/notifications/channels/${id}`, { method: 'HEAD' })
    expect((await head()).status).toBe(200)
    expect((await head(await userToken(emu.origin, 'agent2'))).status).toBe(404)
    await admin(emu.origin, '/reset')
    expect((await head(await userToken(emu.origin, 'agent'))).status).toBe(404)
  })

  it('lists the topics it publishes as available topics', async () => {
    const answer = await api(emu.origin, agent, '/api/v2/notifications/availabletopics')
    expect(answer.status).toBe(200)
    const { entities } = (await answer.json()) as {
      entities: Array<{ id: string; requiresCurrentUser: boolean }>
    }
    expect(entities.map((t) => [t.id, t.requiresCurrentUser])).toEqual([
      ['v2.users.{id}.conversations', true],
      ['v2.users.{id}.conversations.calls', true],
      ['v2.users.{id}.conversations.messages', true],
    ])
  })

  it('lets a client-credentials token subscribe to any user topic', async () => {
    const service = await serviceToken(emu.origin)
    const { socket } = await openChannel(service, [`v2.users.${SEED.users.agent2.id}.conversations`])
    const other = SEED.conversations.agent2Call
    await admin(
      emu.origin,
      `/conversations/${other.id}/participants/${other.customerParticipantId}/attributes`,
      { attributes: { x: 'y' } },
    )
    await socket.waitFor((e) => e.topicName.startsWith(`v2.users.${SEED.users.agent2.id}`))
  })
})

describe('closing and expiry', () => {
  it('sends socket_closing and closes when the channel expires; the channel is then 404', async () => {
    await admin(emu.origin, '/settings', { channelLifetimeSeconds: 1 })
    const { id, socket } = await openChannel()
    const closing = await socket.waitFor((e) => e.topicName === 'v2.system.socket_closing', 2_000)
    expect(closing.eventBody).toBeTruthy()
    await socket.waitClosed()
    const late = await api(emu.origin, agent, `/api/v2/notifications/channels/${id}/subscriptions`, {
      method: 'PUT',
      body: JSON.stringify([{ id: agentTopic }]),
    })
    expect(late.status).toBe(404)
    await expect(TestSocket.open(`ws://127.0.0.1:${emu.port}/channels/${id}`)).rejects.toThrow(/404/)
  })

  it('socket faults: closing (socket_closing then close), drop (no close frame), expire', async () => {
    const first = await openChannel()
    const closingFault = await admin(emu.origin, '/faults', {
      target: 'socket',
      action: 'closing',
      channelId: first.id,
    })
    expect(await closingFault.json()).toMatchObject({ affectedChannels: 1 })
    await first.socket.waitFor((e) => e.topicName === 'v2.system.socket_closing')
    expect(await first.socket.waitClosed()).toBe(1000)

    const second = await openChannel()
    await admin(emu.origin, '/faults', { target: 'socket', action: 'drop', channelId: second.id })
    expect(await second.socket.waitClosed()).toBe(1006)
    expect(second.socket.received.some((e) => e.topicName === 'v2.system.socket_closing')).toBe(false)
    // After a drop the channel itself is still alive: the client may reconnect.
    const again = await TestSocket.open(`ws://127.0.0.1:${emu.port}/channels/${second.id}`)
    sockets.push(again)

    await admin(emu.origin, '/faults', { target: 'socket', action: 'expire', channelId: second.id })
    await again.waitClosed()
    const state = await adminState(emu.origin)
    expect(state.channels.find((c) => c.id === second.id)?.expired).toBe(true)
  })

  it('keeps at most maxChannelsPerUserApp channels per user and app: one more retires the oldest', async () => {
    await admin(emu.origin, '/settings', { maxChannelsPerUserApp: 3 })
    const first = await openChannel()
    const others = [await openChannel(), await openChannel()]
    const service = await serviceToken(emu.origin)
    await openChannel(service, [agentTopic]) // another app (client credentials): counted on its own
    await openChannel(await userToken(emu.origin, 'agent2'), [
      `v2.users.${SEED.users.agent2.id}.conversations`,
    ])
    expect(first.socket.closedWith).toBeNull()

    const fourth = await openChannel()
    await first.socket.waitFor((e) => e.topicName === 'v2.system.socket_closing')
    expect(await first.socket.waitClosed()).toBe(1000)
    const late = await api(emu.origin, agent, `/api/v2/notifications/channels/${first.id}/subscriptions`)
    expect(late.status).toBe(404)

    const listed = await api(emu.origin, agent, '/api/v2/notifications/channels')
    const live = ((await listed.json()) as { entities: Array<{ id: string }> }).entities.map((c) => c.id)
    expect(live.sort()).toEqual([...others.map((c) => c.id), fourth.id].sort())
    for (const channel of others) expect(channel.socket.closedWith).toBeNull()
  })

  it('closes sockets with socket_closing on reset', async () => {
    const { socket } = await openChannel()
    await admin(emu.origin, '/reset')
    await socket.waitFor((e) => e.topicName === 'v2.system.socket_closing')
    await socket.waitClosed()
  })
})
