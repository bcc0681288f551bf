import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { LiveStatus } from '../../src/genesys/live-status.ts'
import { WebSocket } from 'ws'
import { SEED } from '../../emulator/seed.ts'
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts'
import { admin, userToken } from '../../emulator/test-support/http-client.ts'
import { createGenesysClient } from '../../src/genesys/client.ts'
import {
  connectNotifications,
  type NotificationConnection,
  type NotificationProblem,
} from '../../src/genesys/notifications.ts'
import { userConversationsTopic } from '../../src/genesys/schemas.ts'
import { connectSharedNotifications } from '../../src/genesys/shared-notifications.ts'

/*
 * Issue 12, defect 2: a subscription the platform answers with state Rejected must never count as live. Real
 * sockets (Node's `ws`) against the emulator, which rejects topics on purpose through its rejectTopics setting.
 */

const agentTopic = userConversationsTopic(SEED.users.agent.id)
const live = SEED.conversations.liveCall
let emulator: RunningEmulator
const connections: NotificationConnection[] = []

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, settings: { writeDelayMs: 0, heartbeatIntervalMs: 200 } })
})
afterAll(() => emulator.close())
beforeEach(() => admin(emulator.origin, '/reset'))
afterEach(() => {
  for (const connection of connections.splice(0)) connection.close()
})

async function until(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function agentClient() {
  const token = await userToken(emulator.origin, 'agent')
  return createGenesysClient({ apiOrigin: emulator.origin, getAccessToken: () => token })
}

function watch(topics: string[], client: Awaited<ReturnType<typeof agentClient>>) {
  const statuses: LiveStatus[] = []
  const problems: NotificationProblem[] = []
  const events: unknown[] = []
  const connection = connectNotifications({
    client,
    topics,
    WebSocketImpl: WebSocket,
    onStatus: (status) => statuses.push(status),
    onError: (problem) => problems.push(problem),
    onConversationEvent: (event) => events.push(event),
    heartbeatIntervalMs: 200,
    backoff: { baseMs: 50, maxMs: 200 },
  })
  connections.push(connection)
  return { connection, statuses, problems, events }
}

const rejectAgentTopic = () =>
  admin(emulator.origin, '/settings', {
    rejectTopics: [
      {
        id: agentTopic,
        rejectionReason: 'Missing permission',
        missingPermissions: ['conversation:communication:view'],
      },
    ],
  })

describe('a rejected subscription is not live', () => {
  it('turns down with a topic-rejected problem naming the reason and the missing permission', async () => {
    await rejectAgentTopic()
    const t = watch([agentTopic], await agentClient())
    await until(() => t.statuses.includes('down'), 'the down status')
    expect(t.statuses).not.toContain('live')
    expect(t.problems.map((p) => p.kind)).toEqual(['topic-rejected'])
    expect(t.problems[0]?.rejected).toEqual([
      {
        id: agentTopic,
        reason: 'Missing permission',
        missingPermissions: ['conversation:communication:view'],
      },
    ])
    expect(t.problems[0]?.message).toContain('missing conversation:communication:view')

    // No retries on its own: a flow write later is never delivered and the status never turns live.
    await admin(
      emulator.origin,
      `/conversations/${live.id}/participants/${live.customerParticipantId}/attributes`,
      {
        attributes: { IntentDetected: 'Cancellation' },
      },
    )
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(t.statuses).toEqual(['down'])
    expect(t.events).toEqual([])
  })

  it("another user's topic (the platform's own rejection) is never live either", async () => {
    const t = watch([userConversationsTopic(SEED.users.agent2.id)], await agentClient())
    await until(() => t.statuses.includes('down'), 'the down status')
    expect(t.statuses).toEqual(['down'])
    expect(t.problems[0]?.rejected[0]?.reason).toBe("Only the current user's topics are permitted.")
  })

  it('one rejected topic among permitted ones is enough: not live', async () => {
    await rejectAgentTopic()
    const t = watch([`${agentTopic}.calls`, agentTopic], await agentClient())
    await until(() => t.statuses.includes('down'), 'the down status')
    expect(t.statuses).toEqual(['down'])
    expect(t.problems[0]?.rejected.map((r) => r.id)).toEqual([agentTopic])
  })

  it('Reconnect asks again and goes live once the topic is permitted', async () => {
    await rejectAgentTopic()
    const t = watch([agentTopic], await agentClient())
    await until(() => t.statuses.includes('down'), 'the down status')
    await admin(emulator.origin, '/settings', { rejectTopics: [] })
    t.connection.reconnectNow()
    await until(() => t.connection.status === 'live', 'live after reconnect')
    expect(t.statuses).toEqual(['down', 'live'])
  })

  it('instances sharing the channel all stay not live, and each hears why', async () => {
    await rejectAgentTopic()
    const client = await agentClient()
    const seen = [0, 1].map(() => ({
      statuses: [] as LiveStatus[],
      problems: [] as NotificationProblem[],
    }))
    for (const record of seen) {
      connections.push(
        connectSharedNotifications({
          client,
          topics: [agentTopic],
          WebSocketImpl: WebSocket,
          shareKey: `${emulator.origin}|${SEED.users.agent.id}`,
          openBroadcast: (name) => new BroadcastChannel(name),
          onStatus: (status) => record.statuses.push(status),
          onError: (problem) => record.problems.push(problem),
          heartbeatIntervalMs: 200,
        }),
      )
    }
    await until(() => seen.every((r) => r.problems.length > 0), 'both instances told of the rejection')
    for (const record of seen) {
      expect(record.statuses).not.toContain('live')
      expect(record.statuses.at(-1)).toBe('down')
      expect(record.problems[0]?.kind).toBe('topic-rejected')
      expect(record.problems[0]?.rejected[0]?.missingPermissions).toEqual(['conversation:communication:view'])
    }
  })
})
