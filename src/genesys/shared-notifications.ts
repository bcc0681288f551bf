import * as z from 'zod/mini'
import { liveStatusSchema, type LiveStatus } from './live-status.ts'
import { classifyNotification } from './notification-envelope.ts'
import {
  connectNotifications,
  NotificationProblem,
  describeRejectedTopics,
  type ChannelStore,
  type NotificationConnection,
  type NotificationOptions,
} from './notifications.ts'
import { channelSchema, type Channel } from './schemas.ts'
import type { RejectedTopic } from './subscription-result.ts'

/** The part of BroadcastChannel we use. */
export interface BroadcastChannelLike {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  close(): void
}

export interface SharedNotificationOptions extends NotificationOptions {
  /**
   * Instances with the same key share one channel and socket. Include everything that makes a channel someone
   * else's: the API origin and the user.
   */
  shareKey: string
  /** Absent (no BroadcastChannel): this instance keeps a channel of its own. */
  openBroadcast?: (name: string) => BroadcastChannelLike
  /** The leader says it is alive this often; followers take over after `leaderTimeoutMs` of silence. */
  pingIntervalMs?: number
  leaderTimeoutMs?: number
  /** How long a new instance listens for a leader before it claims the lead. */
  listenMs?: number
  /** How long a claim stands unchallenged before the claimant makes or opens a channel. */
  claimMs?: number
  random?: () => number
}

export interface SharedNotificationConnection extends NotificationConnection {
  readonly role: 'leader' | 'claiming' | 'follower' | 'alone'
}

const relaySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('leader'),
    id: z.string(),
    since: z.number(),
    status: liveStatusSchema,
    channel: z.optional(channelSchema),
  }),
  z.object({ type: z.literal('claim'), id: z.string(), since: z.number() }),
  z.object({ type: z.literal('leaving'), id: z.string() }),
  z.object({ type: z.literal('hello') }),
  z.object({ type: z.literal('message'), text: z.string() }),
  z.object({ type: z.literal('reconnected') }),
  z.object({ type: z.literal('reconnect-now') }),
  // The leader's subscription was refused: followers report it too (their status is 'down' from the ping).
  z.object({
    type: z.literal('rejected'),
    rejected: z.array(
      z.object({ id: z.string(), reason: z.optional(z.string()), missingPermissions: z.array(z.string()) }),
    ),
  }),
])
type Relay = z.infer<typeof relaySchema>

interface Rank {
  id: string
  since: number
}
/** The instance that started first leads; ids break ties. Every instance computes the same order. */
const outranks = (a: Rank, b: Rank): boolean => a.since < b.since || (a.since === b.since && a.id < b.id)

/**
 * One notification channel for every widget instance of a user in the browser, instead of one per instance.
 * Genesys keeps about 20 channels per user and app, each for 24 h, and the agent desktop opens a widget frame per
 * interaction: with a channel each, a busy shift runs out and the oldest widgets silently stop hearing changes.
 *
 * Instances agree on a leader over a BroadcastChannel (Web Locks would be simpler, but Chromium denies them to a
 * cross-site frame whose storage is blocked, which is how Genesys frames the widget). The leader runs the channel
 * and relays every message and status change; it pings, and names its channel so a successor reconnects to it
 * instead of making another. A new instance listens briefly for a leader; when the leader leaves (or falls silent),
 * followers claim after a random pause and the oldest claimant wins before anyone touches the API, so a hand-over
 * costs no extra channel. Relayed messages are raw socket text, parsed by each follower with the same schemas: the
 * BroadcastChannel is a boundary like the socket.
 */
export function connectSharedNotifications(options: SharedNotificationOptions): SharedNotificationConnection {
  const { openBroadcast } = options
  if (!openBroadcast) {
    const connection = connectNotifications(options)
    return {
      role: 'alone',
      get status() {
        return connection.status
      },
      get channelId() {
        return connection.channelId
      },
      reconnectNow: () => connection.reconnectNow(),
      close: () => connection.close(),
    }
  }

  const pingIntervalMs = options.pingIntervalMs ?? 2_000
  const leaderTimeoutMs = options.leaderTimeoutMs ?? 5_000
  const listenMs = options.listenMs ?? 300
  const claimMs = options.claimMs ?? 200
  const random = options.random ?? Math.random
  const now = options.now ?? Date.now
  const self: Rank = { id: randomId(random), since: now() }
  const broadcast = openBroadcast(`gc-notifications:${options.shareKey}`)

  let role: 'leader' | 'claiming' | 'follower' = 'follower'
  let status: LiveStatus = 'connecting'
  let leader: Rank | undefined
  /** The leader's channel, as it last announced it: what a successor reconnects to. */
  let announcedChannel: Channel | undefined
  let heardLive = false
  let closed = false
  let leading: NotificationConnection | undefined
  /** The leader's last refusal, told again to instances that join while it stands. */
  let refusal: NotificationProblem | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let pinger: ReturnType<typeof setInterval> | undefined

  const setStatus = (next: LiveStatus) => {
    if (closed || next === status) return
    status = next
    options.onStatus?.(next)
  }
  const send = (relay: Relay) => {
    if (!closed) broadcast.postMessage(relay)
  }
  const ping = () =>
    send({
      type: 'leader',
      ...self,
      status,
      ...(role === 'leader' && announcedChannel ? { channel: announcedChannel } : {}),
    })
  const wait = (ms: number, then: () => void) => {
    clearTimeout(timer)
    timer = setTimeout(then, ms)
  }
  const watchLeader = () => wait(leaderTimeoutMs, () => claimAfterPause())
  // The leader is gone: until a successor's socket is subscribed, events are not flowing, and nothing read
  // meanwhile may be trusted as current (the commit path reads the server again while the status is not live).
  const claimAfterPause = () => {
    setStatus(heardLive ? 'reconnecting' : 'connecting')
    wait(random() * listenMs, claim)
  }

  function follow(rank: Rank): void {
    if (role === 'leader') stepDown()
    role = 'follower'
    leader = rank
    watchLeader()
  }

  function claim(): void {
    if (closed) return
    role = 'claiming'
    leader = undefined
    send({ type: 'claim', ...self })
    wait(claimMs, lead)
  }

  function lead(): void {
    if (closed) return
    role = 'leader'
    leader = self
    // Events sent between the old leader's going and our socket's opening are lost: refetch once live.
    let gapToCover = heardLive
    const store = options.channelStore
    const channelStore: ChannelStore = {
      load: () => (announcedChannel ??= store?.load()),
      save: (channel) => {
        announcedChannel = channel
        store?.save(channel)
        ping()
      },
    }
    leading = connectNotifications({
      ...options,
      channelStore,
      onStatus: (next) => {
        if (next === 'live') heardLive = true
        if (next !== 'down') refusal = undefined
        setStatus(next)
        ping()
        if (next === 'live' && gapToCover) {
          gapToCover = false
          options.onReconnected?.()
          send({ type: 'reconnected' })
        }
      },
      onReconnected: () => {
        options.onReconnected?.()
        send({ type: 'reconnected' })
      },
      onDeliverable: (text) => send({ type: 'message', text }),
      onError: (problem) => {
        if (problem.kind === 'topic-rejected') {
          refusal = problem
          send({ type: 'rejected', rejected: relayable(problem.rejected) })
        }
        options.onError?.(problem)
      },
    })
    clearInterval(pinger)
    pinger = setInterval(ping, pingIntervalMs)
    ping()
  }

  function stepDown(): void {
    clearInterval(pinger)
    leading?.close()
    leading = undefined
  }

  function deliver(text: string): void {
    const message = classifyNotification(text)
    if (message.kind === 'conversation') options.onConversationEvent?.(message.event, message.topic)
    else if (message.kind === 'other') options.onEvent?.(message.topic, message.eventBody)
  }

  broadcast.addEventListener('message', ({ data }) => {
    const parsed = relaySchema.safeParse(data)
    if (closed || !parsed.success) return
    const relay = parsed.data
    switch (relay.type) {
      case 'leader':
        if (relay.channel) announcedChannel = relay.channel
        // Two leaders (a hand-over raced): the one started first stays. A claimant always yields to a leader.
        if (role === 'leader' && outranks(self, relay)) return ping()
        if (relay.status === 'live') heardLive = true
        follow(relay)
        return setStatus(relay.status)
      case 'claim':
        if (role === 'leader') return ping()
        if (role === 'claiming' && outranks(self, relay)) return send({ type: 'claim', ...self })
        if (role === 'claiming') follow(relay)
        else watchLeader() // someone is taking over: give them time
        return
      case 'leaving':
        if (role === 'follower' && relay.id === leader?.id) claimAfterPause()
        return
      case 'hello':
        if (role === 'leader') ping()
        if (role === 'leader' && refusal) send({ type: 'rejected', rejected: relayable(refusal.rejected) })
        return
      case 'rejected': {
        if (role !== 'follower') return
        const rejected = relay.rejected.map(fromRelay)
        return options.onError?.(
          new NotificationProblem(
            'topic-rejected',
            `live updates were refused: ${describeRejectedTopics(rejected)}`,
            { rejected },
          ),
        )
      }
      case 'reconnect-now':
        if (role === 'leader') leading?.reconnectNow()
        return
      case 'reconnected':
        if (role === 'follower') options.onReconnected?.()
        return
      case 'message':
        if (role === 'follower') deliver(relay.text)
        return
    }
  })

  send({ type: 'hello' })
  wait(listenMs, claim)

  return {
    get role() {
      return role
    },
    get status() {
      return status
    },
    get channelId() {
      return leading?.channelId ?? announcedChannel?.id
    },
    reconnectNow() {
      if (role === 'leader') leading?.reconnectNow()
      else send({ type: 'reconnect-now' })
    },
    close() {
      if (closed) return
      if (role === 'leader') send({ type: 'leaving', id: self.id })
      stepDown()
      clearTimeout(timer)
      closed = true
      broadcast.close()
    },
  }
}

const relayable = (rejected: readonly RejectedTopic[]) =>
  rejected.map((topic) => ({ ...topic, missingPermissions: [...topic.missingPermissions] }))

function fromRelay(topic: {
  id: string
  reason?: string | undefined
  missingPermissions: string[]
}): RejectedTopic {
  const { reason, ...rest } = topic
  return reason === undefined ? rest : { ...rest, reason }
}

function randomId(random: () => number): string {
  return `${random().toString(36).slice(2)}${random().toString(36).slice(2)}`
}
