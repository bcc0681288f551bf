import type { GenesysClient } from './client.ts'
import type { LiveStatus } from './live-status.ts'
import { isGenesysApiError } from './errors.ts'
import { defaultBackoff, reconnectDelayMs, type BackoffPolicy } from './notification-backoff.ts'
import { classifyNotification, messageText } from './notification-envelope.ts'
import {
  closeQuietly,
  openSocket,
  type SocketLike,
  type WebSocketConstructor,
} from './notification-socket.ts'
import type { Channel, ConversationEvent } from './schemas.ts'
import type { RejectedTopic } from './subscription-result.ts'

export type NotificationProblemKind =
  'malformed-event' | 'heartbeat-missed' | 'connect-failed' | 'socket-dropped' | 'topic-rejected'

/**
 * Reported through `onError`; never thrown. `cause` holds the underlying error (e.g. a GenesysApiError).
 * 'topic-rejected' carries `rejected`: each refused topic with the platform's reason and missing permissions.
 */
export class NotificationProblem extends Error {
  override readonly name = 'NotificationProblem'
  readonly rejected: readonly RejectedTopic[]
  constructor(
    readonly kind: NotificationProblemKind,
    message: string,
    options?: { cause?: unknown; rejected?: readonly RejectedTopic[] },
  ) {
    super(message, options)
    this.rejected = options?.rejected ?? []
  }
}

/** "v2.users.u1.conversations (Not permitted; missing conversation:communication:view)" */
export function describeRejectedTopics(rejected: readonly RejectedTopic[]): string {
  return rejected
    .map((topic) => {
      const missing =
        topic.missingPermissions.length > 0 ? `missing ${topic.missingPermissions.join(', ')}` : ''
      const detail = [topic.reason, missing].filter(Boolean).join('; ')
      return detail ? `${topic.id} (${detail})` : topic.id
    })
    .join(', ')
}

/** Thrown inside establish() only: the subscription answer refused a topic. */
class TopicsRejected extends Error {
  constructor(readonly rejected: readonly RejectedTopic[]) {
    super(`rejected: ${describeRejectedTopics(rejected)}`)
  }
}

export interface NotificationOptions {
  client: Pick<GenesysClient, 'createNotificationChannel' | 'subscribeToTopics'>
  topics: readonly string[]
  /** `WebSocket` in the browser, `ws`'s WebSocket in Node. */
  WebSocketImpl: WebSocketConstructor
  /** v2.users.{id}.conversations[.media] events, parsed. */
  onConversationEvent?: (event: ConversationEvent, topic: string) => void
  /** Any other subscribed topic, unparsed. */
  onEvent?: (topic: string, eventBody: unknown) => void
  onStatus?: (status: LiveStatus) => void
  /** Live again after a drop or a channel change: events may have been missed, refetch what is shown. */
  onReconnected?: () => void
  onError?: (problem: NotificationProblem) => void
  /** Genesys sends a heartbeat about every 30 s; silence for 2.5 × this means the socket is dead. */
  heartbeatIntervalMs?: number
  backoff?: Partial<BackoffPolicy>
  /** Consecutive failed attempts before the status turns 'down' (retries go on at the capped delay). */
  failuresBeforeDown?: number
  openTimeoutMs?: number
  random?: () => number
  /**
   * Where the channel is remembered between connections (frames of one tab, reloads). A remembered channel that is
   * still alive is reconnected to instead of making a new one: Genesys keeps only about 20 per user and app.
   */
  channelStore?: ChannelStore
  /** Every conversation or other topic message as received, for passing on to widget instances that share it. */
  onDeliverable?: (text: string) => void
  now?: () => number
}

export interface ChannelStore {
  load(): Channel | undefined
  save(channel: Channel | undefined): void
}

/** A remembered channel this close to its end is not worth reconnecting to. */
const reuseMarginMs = 5 * 60_000

export interface NotificationConnection {
  readonly status: LiveStatus
  readonly channelId: string | undefined
  /** Try now instead of waiting out the backoff, e.g. from a "Reconnect" button. */
  reconnectNow(): void
  close(): void
}

/**
 * Keeps one notification channel subscribed to `topics` for as long as it is open: creates the channel, opens
 * the socket, subscribes; on a drop, reconnects with capped backoff and re-subscribes (a 404 there, or a refused
 * socket, means the channel expired and a new one is made); on `socket_closing` it makes the new channel before
 * letting the old socket go. The socket counts as dead after 2.5 heartbeats of silence.
 */
export function connectNotifications(options: NotificationOptions): NotificationConnection {
  const heartbeatMs = options.heartbeatIntervalMs ?? 30_000
  const backoff: BackoffPolicy = { ...defaultBackoff, ...options.backoff }
  const failuresBeforeDown = options.failuresBeforeDown ?? 3
  const openTimeoutMs = options.openTimeoutMs ?? 10_000

  let status: LiveStatus = 'connecting'
  let closed = false
  const now = options.now ?? Date.now
  let channel: Channel | undefined = reusable(options.channelStore?.load(), now())
  /** The channel came from the store and has not yet proved itself: if it fails, make a new one at once. */
  let channelUnproven = channel !== undefined
  let channelSuspect = false
  let current: SocketLike | undefined
  let establishing = false
  /** The socket that announced socket_closing: its close is expected. */
  let retiring: SocketLike | undefined
  let everLive = false
  let failures = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let watchdog: ReturnType<typeof setTimeout> | undefined
  const abandoned = new WeakSet<SocketLike>()

  const setStatus = (next: LiveStatus) => {
    if (closed || next === status) return
    status = next
    options.onStatus?.(next)
  }
  const report = (problem: NotificationProblem) => {
    if (!closed) options.onError?.(problem)
  }

  const armWatchdog = () => {
    clearTimeout(watchdog)
    watchdog = setTimeout(() => {
      report(
        new NotificationProblem('heartbeat-missed', `no heartbeat for ${Math.round(2.5 * heartbeatMs)} ms`),
      )
      dropCurrent()
    }, 2.5 * heartbeatMs)
  }

  function handleMessage(socket: SocketLike, data: unknown): void {
    if (closed || abandoned.has(socket)) return
    if (socket === current) armWatchdog()
    const text = messageText(data)
    const message = text === undefined ? undefined : classifyNotification(text)
    if (!message) return report(new NotificationProblem('malformed-event', 'a notification was not text'))
    switch (message.kind) {
      case 'heartbeat':
        return
      case 'socket-closing':
        // The server is about to close this socket: make the replacement first, so the gap is as short as can be.
        if (socket === current) {
          retiring = socket
          channelSuspect = true
          void establish()
        }
        return
      case 'conversation':
        options.onDeliverable?.(text ?? '')
        reportLeftOut(message.topic, message.event)
        return options.onConversationEvent?.(message.event, message.topic)
      case 'other':
        options.onDeliverable?.(text ?? '')
        return options.onEvent?.(message.topic, message.eventBody)
      case 'malformed': {
        const topic = message.topic === undefined ? '' : ` on ${message.topic}`
        return report(
          new NotificationProblem('malformed-event', `a notification${topic} was ignored: ${message.reason}`),
        )
      }
    }
  }

  /** An event that was read in part: what was left out is reported; the rest is delivered. */
  function reportLeftOut(topic: string, event: ConversationEvent): void {
    const problems = event.problems ?? []
    if (problems.length === 0) return
    const list = problems.map((problem) => `${problem.path || 'event'}: ${problem.message}`).join('; ')
    report(
      new NotificationProblem(
        'malformed-event',
        `parts of a notification on ${topic} were left out: ${list}`,
      ),
    )
  }

  function handleClosed(socket: SocketLike): void {
    if (closed || abandoned.has(socket)) return
    if (socket !== current) {
      abandoned.add(socket) // a socket still being subscribed: establish() sees this and fails the attempt
      return
    }
    if (socket === retiring && establishing) {
      // The close that socket_closing announced, while its replacement is on the way: not a drop to report.
      abandoned.add(socket)
      clearTimeout(watchdog)
      current = undefined
      return
    }
    report(new NotificationProblem('socket-dropped', 'the notification socket closed'))
    dropCurrent()
  }

  function dropCurrent(): void {
    clearTimeout(watchdog)
    if (current) abandoned.add(current)
    closeQuietly(current, 4000, 'unresponsive')
    current = undefined
    setStatus('reconnecting')
    if (!establishing) scheduleRetry(reconnectDelayMs(1, backoff, options.random))
  }

  function scheduleRetry(delayMs: number): void {
    clearTimeout(retryTimer)
    retryTimer = setTimeout(() => void establish(), delayMs)
  }

  async function establish(): Promise<void> {
    if (closed || establishing) return
    establishing = true
    clearTimeout(retryTimer)
    let next: SocketLike | undefined
    let retryWithFreshChannel = false
    try {
      if (!channel || channelSuspect) {
        channel = await options.client.createNotificationChannel()
        channelUnproven = false
        options.channelStore?.save(channel)
      }
      channelSuspect = false
      if (closed) return // closed while the channel was being made: open no socket for nobody
      const opening = channel
      next = await openSocket(options.WebSocketImpl, opening.connectUri, openTimeoutMs, {
        onMessage: handleMessage,
        onClosed: handleClosed,
      }).catch((error: unknown) => {
        channelSuspect = true
        throw error
      })
      const { rejected } = await options.client
        .subscribeToTopics(opening.id, [...options.topics])
        .catch((error: unknown) => {
          if (isGenesysApiError(error) && error.kind === 'not-found') channelSuspect = true
          throw error
        })
      if (abandoned.has(next)) throw new Error('the notification socket closed while subscribing')
      if (closed) return closeQuietly(next)
      if (rejected.length > 0) throw new TopicsRejected(rejected)
      promote(next)
    } catch (error) {
      if (next) abandoned.add(next)
      closeQuietly(next)
      if (closed) return
      if (error instanceof TopicsRejected) refuse(error.rejected)
      else if (channelUnproven && channelSuspect) {
        // The remembered channel is gone (expired, retired by the 20-channel limit, another user's): not a failure
        // worth reporting or backing off for; make a fresh one now.
        channelUnproven = false
        retryWithFreshChannel = true
      } else recordFailure(error)
    } finally {
      establishing = false
    }
    if (retryWithFreshChannel) await establish()
  }

  function promote(socket: SocketLike): void {
    const previous = current
    current = socket
    if (previous) {
      abandoned.add(previous)
      closeQuietly(previous)
    }
    failures = 0
    channelUnproven = false
    armWatchdog()
    setStatus('live')
    if (everLive) options.onReconnected?.()
    everLive = true
  }

  /**
   * The platform refused a topic: the socket would open, but no event would ever arrive on it. Never 'live'.
   * 'down' without automatic retries: the usual reason is a permission the user lacks, which no retry fixes;
   * `reconnectNow()` (the user's Reconnect) asks again, e.g. after an administrator granted it.
   */
  function refuse(rejected: readonly RejectedTopic[]): void {
    clearTimeout(retryTimer)
    if (current) {
      // A rotation was refused: the old socket's subscription can no longer be trusted either.
      abandoned.add(current)
      closeQuietly(current)
      current = undefined
      clearTimeout(watchdog)
    }
    report(
      new NotificationProblem(
        'topic-rejected',
        `live updates were refused: ${describeRejectedTopics(rejected)}`,
        { rejected },
      ),
    )
    setStatus('down')
  }

  function recordFailure(error: unknown): void {
    failures += 1
    report(
      new NotificationProblem('connect-failed', `live updates could not connect: ${describe(error)}`, {
        cause: error,
      }),
    )
    if (current) {
      // A socket_closing rotation failed but the old socket still delivers: try again while it lasts.
      return scheduleRetry(reconnectDelayMs(failures, backoff, options.random))
    }
    const forbidden = isGenesysApiError(error) && error.kind === 'forbidden'
    setStatus(forbidden || failures >= failuresBeforeDown ? 'down' : everLive ? 'reconnecting' : 'connecting')
    // Without permission, retrying cannot help; everything else (network, expiry, 5xx, 401) may heal.
    if (!forbidden) scheduleRetry(reconnectDelayMs(failures, backoff, options.random))
  }

  void establish()

  return {
    get status() {
      return status
    },
    get channelId() {
      return channel?.id
    },
    reconnectNow() {
      if (closed || establishing || (status === 'live' && current)) return
      void establish()
    },
    close() {
      closed = true
      clearTimeout(retryTimer)
      clearTimeout(watchdog)
      if (current) abandoned.add(current)
      closeQuietly(current)
      current = undefined
    },
  }
}

function reusable(channel: Channel | undefined, nowMs: number): Channel | undefined {
  if (!channel) return undefined
  const expires = channel.expires === undefined ? Number.NaN : Date.parse(channel.expires)
  // Without a known expiry we cannot tell how long it has left; a fresh channel is the safe choice.
  return expires - nowMs > reuseMarginMs ? channel : undefined
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
