import type { ChannelStore } from './notifications.ts'
import type { Channel } from './schemas.ts'
import { connectSharedNotifications, type BroadcastChannelLike } from './shared-notifications.ts'
import { FakeSocket } from './test-fake-socket.ts'

const topic = 'v2.users.u1.conversations'
const conversationEvent = (tier: string) => ({
  topicName: topic,
  eventBody: { id: 'c1', participants: [{ id: 'p1', purpose: 'customer', attributes: { tier } }] },
})

/** BroadcastChannel: delivers a structured clone to every other open channel of the same name, asynchronously. */
class FakeBroadcastHub {
  private readonly open = new Map<string, Set<FakeBroadcast>>()
  channel(name: string): FakeBroadcast {
    const channel = new FakeBroadcast(name, this)
    this.open.set(name, new Set([...(this.open.get(name) ?? []), channel]))
    return channel
  }
  post(from: FakeBroadcast, message: unknown): void {
    if (!this.open.get(from.name)?.has(from)) return // detached: its messages go nowhere
    for (const to of this.open.get(from.name) ?? []) {
      if (to !== from) queueMicrotask(() => to.receive(structuredClone(message)))
    }
  }
  remove(channel: FakeBroadcast): void {
    this.open.get(channel.name)?.delete(channel)
  }
}

class FakeBroadcast implements BroadcastChannelLike {
  private readonly listeners: Array<(event: { data: unknown }) => void> = []
  private closed = false
  constructor(
    readonly name: string,
    private readonly hub: FakeBroadcastHub,
  ) {}
  postMessage(message: unknown): void {
    if (this.closed) throw new Error('InvalidStateError: the channel is closed')
    this.hub.post(this, message)
  }
  addEventListener(_type: 'message', listener: (event: { data: unknown }) => void): void {
    this.listeners.push(listener)
  }
  receive(data: unknown): void {
    if (!this.closed) for (const listener of this.listeners) listener({ data })
  }
  close(): void {
    this.closed = true
    this.hub.remove(this)
  }
}

function setupTab({ storage = true }: { storage?: boolean } = {}) {
  const hub = new FakeBroadcastHub()
  let stored: Channel | undefined
  const channelStore: ChannelStore = {
    load: () => stored,
    save: (channel) => (stored = channel),
  }
  let made = 0
  const client = {
    createNotificationChannel: vi.fn(() => {
      made += 1
      return Promise.resolve({
        id: `ch${made}`,
        connectUri: `wss://streaming.test/channels/ch${made}`,
        expires: new Date(Date.now() + 86_400_000).toISOString(),
      })
    }),
    subscribeToTopics: vi.fn(() => Promise.resolve({ rejected: [] })),
  }
  const open = () => {
    const seen = { tiers: [] as string[], statuses: [] as string[], reconnected: 0 }
    let broadcast: FakeBroadcast | undefined
    const connection = connectSharedNotifications({
      client,
      topics: [topic],
      WebSocketImpl: FakeSocket,
      shareKey: 'https://api.test|u1',
      ...(storage ? { channelStore } : {}),
      openBroadcast: (name) => (broadcast = hub.channel(name)),
      random: Math.random,
      onConversationEvent: (event) => seen.tiers.push(event.participants[0]?.attributes?.tier ?? ''),
      onStatus: (status) => seen.statuses.push(status),
      onReconnected: () => {
        seen.reconnected += 1
      },
      heartbeatIntervalMs: 60_000,
    })
    /** The frame freezes or crashes: no goodbye, no more pings. */
    const crash = () => {
      if (broadcast) hub.remove(broadcast)
    }
    return Object.assign(seen, { connection, crash })
  }
  return { open, client, hub }
}

const settle = () => vi.advanceTimersByTimeAsync(0)

beforeEach(() => {
  vi.useFakeTimers()
  FakeSocket.reset()
})
afterEach(() => vi.useRealTimers())

/** Past the new instances' listening and claiming windows (300 + 200 ms by default). */
const elect = () => vi.advanceTimersByTimeAsync(600)

async function liveTab(count: number, options?: { storage?: boolean }) {
  const tab = setupTab(options)
  const instances = Array.from({ length: count }, () => tab.open())
  await elect()
  FakeSocket.latest().serverOpens()
  await settle()
  return { tab, instances }
}

describe('connectSharedNotifications', () => {
  it('instances that start together elect one leader: one channel, one socket, every event heard by all', async () => {
    const { tab, instances } = await liveTab(3)
    expect(FakeSocket.instances).toHaveLength(1)
    expect(tab.client.createNotificationChannel).toHaveBeenCalledTimes(1)
    expect(instances.map((i) => i.connection.role).sort()).toEqual(['follower', 'follower', 'leader'])
    expect(instances.map((i) => i.connection.status)).toEqual(['live', 'live', 'live'])

    FakeSocket.latest().serverSends(conversationEvent('gold'))
    await settle()
    expect(instances.map((i) => i.tiers)).toEqual([['gold'], ['gold'], ['gold']])
  })

  it('a late instance follows at once and learns the status from the leader', async () => {
    const { tab } = await liveTab(1)
    const late = tab.open()
    await settle()
    expect(late.connection.role).toBe('follower')
    expect(late.statuses).toEqual(['live'])
    await elect()
    expect(late.connection.role).toBe('follower')
    expect(FakeSocket.instances).toHaveLength(1)
  })

  it('when the leader leaves, a follower takes over the same channel at once, without storage, and all refetch', async () => {
    const { tab, instances } = await liveTab(3, { storage: false })
    const leader = instances.find((i) => i.connection.role === 'leader')
    const followers = instances.filter((i) => i !== leader)
    leader?.connection.close()
    expect(FakeSocket.instances[0]?.closedByClient).toBeDefined()

    await elect()
    expect(followers.map((i) => i.connection.role).sort()).toEqual(['follower', 'leader'])
    const second = FakeSocket.latest()
    expect(second.url).toBe('wss://streaming.test/channels/ch1')
    second.serverOpens()
    await settle()
    expect(tab.client.createNotificationChannel).toHaveBeenCalledTimes(1)
    // Events during the hand-over are lost, so each remaining instance refetches once.
    expect(followers.map((i) => i.reconnected)).toEqual([1, 1])

    second.serverSends(conversationEvent('platinum'))
    await settle()
    expect(followers.map((i) => i.tiers)).toEqual([['platinum'], ['platinum']])
    expect(leader?.tiers).toEqual([])
  })

  it('when the leader falls silent, a follower takes over after the leader timeout', async () => {
    const { tab, instances } = await liveTab(2)
    const leader = instances.find((i) => i.connection.role === 'leader')
    const follower = instances.find((i) => i !== leader)
    leader?.crash()
    await vi.advanceTimersByTimeAsync(4_000)
    expect(follower?.connection.role).toBe('follower')
    await vi.advanceTimersByTimeAsync(2_000) // 5 s of silence, then at most 300 ms of pause and 200 ms of claim
    expect(follower?.connection.role).toBe('leader')
    expect(FakeSocket.latest().url).toBe('wss://streaming.test/channels/ch1')
    expect(tab.client.createNotificationChannel).toHaveBeenCalledTimes(1)
  })

  it('relays status changes, and a follower\'s "reconnect now" reaches the leader', async () => {
    const { instances } = await liveTab(2)
    const leader = instances.find((i) => i.connection.role === 'leader')
    const follower = instances.find((i) => i !== leader)
    FakeSocket.latest().serverCloses()
    await settle()
    expect(follower?.statuses).toEqual(['live', 'reconnecting'])

    follower?.connection.reconnectNow()
    await settle()
    expect(FakeSocket.instances).toHaveLength(2) // without waiting out the backoff
    FakeSocket.latest().serverOpens()
    await settle()
    expect(follower?.statuses).toEqual(['live', 'reconnecting', 'live'])
    expect([leader?.reconnected, follower?.reconnected]).toEqual([1, 1])
  })

  it('ignores relayed messages that are not ours, and events that do not parse', async () => {
    const { tab, instances } = await liveTab(2)
    const follower = instances.find((i) => i.connection.role === 'follower')
    const intruder = tab.hub.channel('gc-notifications:https://api.test|u1')
    intruder.postMessage({ type: 'leader', id: 'x', since: 0, status: 'hacked' })
    intruder.postMessage({ type: 'message', text: '{"topicName":"v2.users.u1.conversations","eventBody":1}' })
    intruder.postMessage('<img src=x onerror=alert(1)>')
    intruder.postMessage({ type: 'message', text: JSON.stringify(conversationEvent('silver')) })
    await settle()
    expect(follower?.statuses).toEqual(['live'])
    expect(follower?.tiers).toEqual(['silver'])
  })

  it('without BroadcastChannel, each instance keeps its own channel', async () => {
    const tab = setupTab()
    const alone = connectSharedNotifications({
      client: tab.client,
      topics: [topic],
      WebSocketImpl: FakeSocket,
      shareKey: 'k',
    })
    await settle()
    expect(alone.role).toBe('alone')
    FakeSocket.latest().serverOpens()
    await settle()
    expect(alone.status).toBe('live')
    alone.close()
  })
})
