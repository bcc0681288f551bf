import { GenesysApiError } from './errors.ts'
import { connectNotifications, type NotificationOptions, type NotificationProblem } from './notifications.ts'
import type { Channel, ConversationEvent } from './schemas.ts'
import type { SubscriptionResult } from './subscription-result.ts'
import { FakeSocket } from './test-fake-socket.ts'

const topic = 'v2.users.u1.conversations'
const heartbeat = { topicName: 'channel.metadata', eventBody: { message: 'WebSocket Heartbeat' } }
const conversationEvent = {
  topicName: topic,
  eventBody: { id: 'c1', participants: [{ id: 'p1', purpose: 'customer', attributes: { tier: 'gold' } }] },
}
const notFound = () =>
  new GenesysApiError({ kind: 'not-found', method: 'PUT', path: '/subscriptions', status: 404 })

function setup(overrides: Partial<NotificationOptions> = {}, channelFailure?: GenesysApiError) {
  let channelNumber = 0
  const createNotificationChannel = vi.fn((): Promise<Channel> => {
    if (channelFailure) return Promise.reject(channelFailure)
    channelNumber += 1
    return Promise.resolve({
      id: `ch${channelNumber}`,
      connectUri: `wss://streaming.test/channels/ch${channelNumber}`,
    })
  })
  const subscribeToTopics = vi.fn((_channelId: string, _topics: string[]): Promise<SubscriptionResult> =>
    Promise.resolve({ rejected: [] }),
  )
  const statuses: string[] = []
  const problems: NotificationProblem[] = []
  const onConversationEvent = vi.fn()
  const onReconnected = vi.fn()
  const connection = connectNotifications({
    client: { createNotificationChannel, subscribeToTopics },
    topics: [topic],
    WebSocketImpl: FakeSocket,
    onConversationEvent,
    onReconnected,
    onStatus: (status) => statuses.push(status),
    onError: (problem) => problems.push(problem),
    heartbeatIntervalMs: 1_000,
    backoff: { baseMs: 100, maxMs: 1_000 },
    random: () => 1,
    ...overrides,
  })
  return {
    connection,
    createNotificationChannel,
    subscribeToTopics,
    statuses,
    problems,
    onConversationEvent,
    onReconnected,
  }
}

const settle = () => vi.advanceTimersByTimeAsync(0)

async function openLatest(): Promise<FakeSocket> {
  await settle()
  const socket = FakeSocket.latest()
  socket.serverOpens()
  await settle()
  return socket
}

beforeEach(() => {
  vi.useFakeTimers()
  FakeSocket.reset()
})
afterEach(() => vi.useRealTimers())

describe('connectNotifications', () => {
  it('creates a channel, opens its socket, subscribes, and delivers parsed conversation events', async () => {
    const t = setup()
    const socket = await openLatest()
    expect(socket.url).toBe('wss://streaming.test/channels/ch1')
    expect(t.subscribeToTopics).toHaveBeenCalledWith('ch1', [topic])
    expect(t.connection.status).toBe('live')
    socket.serverSends(heartbeat)
    socket.serverSends(conversationEvent)
    expect(t.onConversationEvent).toHaveBeenCalledTimes(1)
    expect(t.onConversationEvent.mock.calls[0]?.[0]).toMatchObject({
      id: 'c1',
      participants: [{ attributes: { tier: 'gold' } }],
    })
    expect(t.statuses).toEqual(['live'])
    t.connection.close()
  })

  it('reports malformed events through onError and keeps going', async () => {
    const t = setup()
    const socket = await openLatest()
    socket.serverSends('{not json')
    socket.serverSends({ topicName: topic, eventBody: { participants: [] } })
    socket.serverSends(conversationEvent)
    expect(t.problems.map((p) => p.kind)).toEqual(['malformed-event', 'malformed-event'])
    expect(t.problems[1]?.message).toContain('has no id')
    expect(t.onConversationEvent).toHaveBeenCalledTimes(1)
    t.connection.close()
  })

  it('delivers what an event has when a part of it cannot be read, and reports the part', async () => {
    const t = setup()
    const socket = await openLatest()
    socket.serverSends({
      topicName: topic,
      eventBody: {
        id: 'c1',
        participants: [
          { id: 'p1', attributes: 'x' },
          { purpose: 'agent', attributes: { a: '1' } },
          { id: 'p3', name: null, attributes: { tier: 'gold', score: 7 } },
        ],
      },
    })
    const [event] = t.onConversationEvent.mock.calls[0] as [ConversationEvent]
    expect(event.participants.map((p) => [p.id, { ...p.attributes }])).toEqual([
      ['p1', {}],
      ['p3', { tier: 'gold' }],
    ])
    expect(event.participants[1]).not.toHaveProperty('name')
    expect(t.problems.map((p) => p.kind)).toEqual(['malformed-event'])
    expect(t.problems[0]?.message).toMatch(
      /participants\[0\]\.attributes.*participants\[1\].*has no id.*score/,
    )
    t.connection.close()
  })

  it('after a drop, reconnects to the same channel, re-subscribes and asks for a refetch', async () => {
    const t = setup()
    ;(await openLatest()).serverCloses()
    expect(t.connection.status).toBe('reconnecting')
    await vi.advanceTimersByTimeAsync(100)
    const second = await openLatest()
    expect(second.url).toBe('wss://streaming.test/channels/ch1')
    expect(t.createNotificationChannel).toHaveBeenCalledTimes(1)
    expect(t.subscribeToTopics).toHaveBeenCalledTimes(2)
    expect(t.statuses).toEqual(['live', 'reconnecting', 'live'])
    expect(t.onReconnected).toHaveBeenCalledTimes(1)
    t.connection.close()
  })

  it('makes a new channel when the old one expired (subscribe answers 404)', async () => {
    const t = setup()
    ;(await openLatest()).serverCloses()
    t.subscribeToTopics.mockRejectedValueOnce(notFound())
    await vi.advanceTimersByTimeAsync(100)
    await openLatest() // reopens ch1, subscribe 404
    await vi.advanceTimersByTimeAsync(200)
    const third = await openLatest()
    expect(third.url).toBe('wss://streaming.test/channels/ch2')
    expect(t.subscribeToTopics).toHaveBeenLastCalledWith('ch2', [topic])
    expect(t.connection.status).toBe('live')
    t.connection.close()
  })

  it('makes a new channel when the socket is refused', async () => {
    const t = setup()
    ;(await openLatest()).serverCloses()
    await vi.advanceTimersByTimeAsync(100)
    await settle()
    FakeSocket.latest().serverRefuses()
    await vi.advanceTimersByTimeAsync(200)
    expect((await openLatest()).url).toBe('wss://streaming.test/channels/ch2')
    t.connection.close()
  })

  it('on socket_closing, opens the new channel before letting the old socket go, staying live', async () => {
    const t = setup()
    const old = await openLatest()
    old.serverSends({ topicName: 'v2.system.socket_closing', eventBody: null })
    const replacement = await openLatest()
    expect(replacement.url).toBe('wss://streaming.test/channels/ch2')
    expect(old.closedByClient).toBeDefined()
    expect(t.statuses).toEqual(['live'])
    expect(t.onReconnected).toHaveBeenCalledTimes(1)
    old.serverCloses() // the old socket's own close is expected and ignored
    expect(t.connection.status).toBe('live')
    t.connection.close()
  })

  it('when the server closes right after socket_closing, the expected close is not reported as a drop', async () => {
    const t = setup()
    const old = await openLatest()
    old.serverSends({ topicName: 'v2.system.socket_closing', eventBody: null })
    old.serverCloses()
    const replacement = await openLatest()
    expect(replacement.url).toBe('wss://streaming.test/channels/ch2')
    expect(t.statuses).toEqual(['live'])
    expect(t.problems).toEqual([])
    replacement.serverCloses() // a later close of the new socket is a real drop again
    expect(t.connection.status).toBe('reconnecting')
    t.connection.close()
  })

  it('treats 2.5 heartbeats of silence as a dead socket', async () => {
    const t = setup()
    const socket = await openLatest()
    await vi.advanceTimersByTimeAsync(2_000)
    socket.serverSends(heartbeat)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(t.connection.status).toBe('live')
    await vi.advanceTimersByTimeAsync(600)
    expect(t.problems.map((p) => p.kind)).toEqual(['heartbeat-missed'])
    expect(socket.closedByClient?.code).toBe(4000)
    expect(t.connection.status).toBe('reconnecting')
    t.connection.close()
  })

  it('turns down after repeated failures, keeps retrying with capped backoff, and recovers', async () => {
    const t = setup({}, new GenesysApiError({ kind: 'network', method: 'POST', path: '/ch' }))
    await settle()
    await vi.advanceTimersByTimeAsync(100 + 200)
    expect(t.createNotificationChannel).toHaveBeenCalledTimes(3)
    expect(t.statuses).toEqual(['down'])
    await vi.advanceTimersByTimeAsync(400)
    expect(t.createNotificationChannel).toHaveBeenCalledTimes(4)
    t.createNotificationChannel.mockResolvedValue({
      id: 'ch9',
      connectUri: 'wss://streaming.test/channels/ch9',
    })
    await vi.advanceTimersByTimeAsync(800)
    await openLatest()
    expect(t.connection.status).toBe('live')
    t.connection.close()
  })

  it('stops at down when the user lacks permission', async () => {
    const t = setup({}, new GenesysApiError({ kind: 'forbidden', method: 'POST', path: '/ch' }))
    await vi.advanceTimersByTimeAsync(10_000)
    expect(t.createNotificationChannel).toHaveBeenCalledTimes(1)
    expect(t.statuses).toEqual(['down'])
  })

  it('close() while the channel is being made opens no socket', async () => {
    const t = setup()
    t.connection.close()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(FakeSocket.instances).toHaveLength(0)
    expect(t.statuses).toEqual([])
  })

  it('close() ends the socket and every timer', async () => {
    const t = setup()
    const socket = await openLatest()
    t.connection.close()
    expect(socket.closedByClient).toBeDefined()
    socket.serverCloses()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(FakeSocket.instances).toHaveLength(1)
    expect(t.problems).toEqual([])
  })
})

describe('connectNotifications with a remembered channel', () => {
  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()
  function memoryStore(initial?: Channel) {
    const saved: Array<Channel | undefined> = []
    let current = initial
    return {
      saved,
      load: () => current,
      save: (channel: Channel | undefined) => {
        saved.push(channel)
        current = channel
      },
    }
  }

  it('reconnects to the remembered channel instead of making one', async () => {
    const store = memoryStore({
      id: 'kept',
      connectUri: 'wss://streaming.test/channels/kept',
      expires: inAnHour(),
    })
    const t = setup({ channelStore: store })
    const socket = await openLatest()
    expect(socket.url).toBe('wss://streaming.test/channels/kept')
    expect(t.createNotificationChannel).not.toHaveBeenCalled()
    expect(t.subscribeToTopics).toHaveBeenCalledWith('kept', [topic])
    expect(t.connection.status).toBe('live')
    t.connection.close()
  })

  it('remembers a channel it makes, and the replacement after the old one expires', async () => {
    const store = memoryStore()
    const t = setup({ channelStore: store })
    ;(await openLatest()).serverCloses()
    t.subscribeToTopics.mockRejectedValueOnce(notFound())
    await vi.advanceTimersByTimeAsync(100)
    await openLatest()
    await vi.advanceTimersByTimeAsync(200)
    await openLatest()
    expect(store.saved.map((c) => c?.id)).toEqual(['ch1', 'ch2'])
    t.connection.close()
  })

  it('ignores a remembered channel close to its end or without a known end', async () => {
    for (const expires of [new Date(Date.now() + 60_000).toISOString(), undefined]) {
      FakeSocket.reset()
      const t = setup({
        channelStore: memoryStore({
          id: 'old',
          connectUri: 'wss://streaming.test/channels/old',
          ...(expires ? { expires } : {}),
        }),
      })
      expect((await openLatest()).url).toBe('wss://streaming.test/channels/ch1')
      t.connection.close()
    }
  })

  it('when the remembered channel is gone, makes a new one at once without reporting a failure', async () => {
    const store = memoryStore({
      id: 'gone',
      connectUri: 'wss://streaming.test/channels/gone',
      expires: inAnHour(),
    })
    const t = setup({ channelStore: store })
    t.subscribeToTopics.mockRejectedValueOnce(notFound())
    await openLatest() // the remembered channel's socket opens, but its subscription answers 404
    const fresh = await openLatest() // no backoff wait
    expect(fresh.url).toBe('wss://streaming.test/channels/ch1')
    expect(t.connection.status).toBe('live')
    expect(t.problems).toEqual([])
    expect(t.statuses).toEqual(['live'])
    expect(store.saved.map((c) => c?.id)).toEqual(['ch1'])
    t.connection.close()
  })

  it('passes conversation and other topic messages on as received, and not heartbeats', async () => {
    const delivered: string[] = []
    const t = setup({ onDeliverable: (text) => delivered.push(text) })
    const socket = await openLatest()
    socket.serverSends(heartbeat)
    socket.serverSends(conversationEvent)
    socket.serverSends({ topicName: 'v2.users.u1.presence', eventBody: { presence: 'busy' } })
    expect(delivered.map((text) => (JSON.parse(text) as { topicName: string }).topicName)).toEqual([
      topic,
      'v2.users.u1.presence',
    ])
    t.connection.close()
  })
})
