import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { LiveStatus } from '../../src/genesys/live-status.ts'
import { WebSocket } from 'ws'
import { SEED } from '../../emulator/seed.ts'
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts'
import { admin, adminState, userToken } from '../../emulator/test-support/http-client.ts'
import { createGenesysClient } from '../../src/genesys/client.ts'
import { connectNotifications, type NotificationConnection } from '../../src/genesys/notifications.ts'
import type { ConversationEvent } from '../../src/genesys/schemas.ts'
import { userConversationsTopic } from '../../src/genesys/schemas.ts'

/* The notifications connection over a real socket (Node's `ws`) against the emulator's hub and fault controls. */

const live = SEED.conversations.liveCall
let emulator: RunningEmulator
let connection: NotificationConnection | undefined

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, settings: { writeDelayMs: 0, heartbeatIntervalMs: 200 } })
})
afterAll(() => emulator.close())
beforeEach(async () => {
  await admin(emulator.origin, '/reset')
  await admin(emulator.origin, '/settings', { writeDelayMs: 0, heartbeatIntervalMs: 200 })
})
afterEach(() => connection?.close())

async function until(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function connectAsAgent() {
  const token = await userToken(emulator.origin, 'agent')
  const client = createGenesysClient({ apiOrigin: emulator.origin, getAccessToken: () => token })
  const statuses: LiveStatus[] = []
  const events: ConversationEvent[] = []
  const reconnected = { count: 0 }
  connection = connectNotifications({
    client,
    topics: [userConversationsTopic(SEED.users.agent.id)],
    WebSocketImpl: WebSocket,
    onStatus: (status) => statuses.push(status),
    onConversationEvent: (event) => events.push(event),
    onReconnected: () => (reconnected.count += 1),
    heartbeatIntervalMs: 200,
    backoff: { baseMs: 50, maxMs: 200 },
  })
  const current = connection
  await until(() => current.status === 'live', 'the first live status')
  return { connection: current, statuses, events, reconnected }
}

const flowWrite = (value: string) =>
  admin(emulator.origin, `/conversations/${live.id}/participants/${live.customerParticipantId}/attributes`, {
    attributes: { IntentDetected: value },
    source: 'flow',
  })

const customerValue = (event: ConversationEvent | undefined) =>
  event?.participants.find((p) => p.id === live.customerParticipantId)?.attributes?.IntentDetected

describe('connectNotifications against the emulator', () => {
  it('goes live and delivers a flow write as a parsed conversation event', async () => {
    const t = await connectAsAgent()
    await flowWrite('Cancellation')
    await until(() => customerValue(t.events.at(-1)) === 'Cancellation', 'the conversation event')
    expect(t.statuses).toEqual(['live'])
  })

  it('stays live across heartbeats (no false dead-socket alarms)', async () => {
    const t = await connectAsAgent()
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    expect(t.statuses).toEqual(['live'])
  })

  it('recovers from a dropped socket on the same channel and asks for a refetch', async () => {
    const t = await connectAsAgent()
    const channelId = t.connection.channelId
    await admin(emulator.origin, '/faults', { target: 'socket', action: 'drop' })
    await until(() => t.reconnected.count === 1, 'the reconnect')
    expect(t.statuses).toEqual(['live', 'reconnecting', 'live'])
    expect(t.connection.channelId).toBe(channelId)
    await flowWrite('AfterDrop')
    await until(() => customerValue(t.events.at(-1)) === 'AfterDrop', 'an event after the drop')
  })

  it('on socket_closing moves to a new channel without going through reconnecting', async () => {
    const t = await connectAsAgent()
    const oldChannel = t.connection.channelId
    await admin(emulator.origin, '/faults', { target: 'socket', action: 'closing' })
    await until(() => t.reconnected.count === 1, 'the rotation')
    expect(t.connection.channelId).not.toBe(oldChannel)
    expect(t.statuses).toEqual(['live'])
    await flowWrite('AfterRotation')
    await until(() => customerValue(t.events.at(-1)) === 'AfterRotation', 'an event on the new channel')
  })

  it('replaces an expired channel and re-subscribes', async () => {
    const t = await connectAsAgent()
    const oldChannel = t.connection.channelId
    await admin(emulator.origin, '/faults', { target: 'socket', action: 'expire' })
    await until(() => t.reconnected.count >= 1 && t.connection.status === 'live', 'a live new channel')
    expect(t.connection.channelId).not.toBe(oldChannel)
    const state = await adminState(emulator.origin)
    const current = state.channels.find((c) => c.id === t.connection.channelId)
    expect(current).toMatchObject({
      expired: false,
      connectedSockets: 1,
      topics: [userConversationsTopic(SEED.users.agent.id)],
    })
    await flowWrite('AfterExpiry')
    await until(() => customerValue(t.events.at(-1)) === 'AfterExpiry', 'an event after expiry')
  })
})
