import { WebSocket } from 'ws'
import { connectNotifications, type NotificationConnection } from '../../src/genesys/notifications.ts'
import type { Channel } from '../../src/genesys/schemas.ts'
import { createClientCredentialsTokenSource } from '../client-credentials.ts'
import { UsageError } from '../enrich-core.ts'
import type { EnrichIo } from '../enrich.ts'
import { resolveCredentials, resolveTarget } from '../enrich-target.ts'
import { visibleLine } from '../terminal-text.ts'
import { conversationSnapshotSchema } from './customer-leg.ts'
import {
  deadLetterFile,
  readDeadLetters,
  writeDeadLetters,
  type DeadLetter,
  type DeadLetterFile,
} from './dead-letter.ts'
import { createEngine, type Log } from './engine.ts'
import { parseCsvLookup, parseJsonLookup, tableLookup, urlLookup, type Lookup } from './lookup.ts'
import { createMetrics, listen } from './metrics.ts'
import { createPlatformApi } from './platform.ts'
import { createRateBudget } from './rate-budget.ts'
import { parseWatchArgs, watchUsage, type WatchArgs } from './watch-args.ts'

/*
 * `enrich watch` and `enrich retry`: the shells around the engine. Logs are JSON lines on stdout; the exit code
 * is 0 after a clean drain, 1 when the service could not start or (retry) something still fails, 64 for usage.
 */

export const queueTopic = (queueId: string): string => `v2.routing.queues.${queueId}.conversations`

function jsonLog(io: EnrichIo, base: Record<string, unknown>): Log {
  return (level, msg, fields = {}) =>
    io.stdout(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...base, ...fields })}\n`)
}

async function loadLookup(args: WatchArgs, io: EnrichIo): Promise<Lookup> {
  if (args.lookupUrl !== undefined) {
    return urlLookup({
      template: args.lookupUrl,
      timeoutMs: args.lookupTimeoutMs,
      retries: args.lookupRetries,
      cacheTtlMs: 5 * 60_000,
      cacheSize: 10_000,
    })
  }
  const path = args.lookupFile ?? ''
  let text: string
  try {
    text = await io.readFile(path)
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  return tableLookup(/\.json$/i.test(path) ? parseJsonLookup(text, path) : parseCsvLookup(text, path))
}

function setUp(args: WatchArgs, io: EnrichIo, lookup: Lookup, deadLetters: DeadLetterFile) {
  const target = resolveTarget(args, io.env)
  const credentials = resolveCredentials(target, io.env)
  const fetchImpl = io.fetch ?? globalThis.fetch
  const tokens = createClientCredentialsTokenSource({
    ...credentials,
    loginOrigin: target.loginOrigin,
    fetch: fetchImpl,
  })
  const metrics = createMetrics()
  const budget = createRateBudget({ perMinute: args.ratePerMinute, burst: Math.min(10, args.ratePerMinute) })
  const api = createPlatformApi({ apiOrigin: target.apiOrigin, tokens, budget, metrics, fetch: fetchImpl })
  const log = jsonLog(io, {
    service: 'enrich',
    ...(args.shard.count > 1 && { shard: `${args.shard.index}/${args.shard.count}` }),
  })
  const engine = createEngine({
    api,
    lookup,
    rule: args.rule,
    metrics,
    log,
    deadLetters,
    budget,
    shard: args.command === 'retry' ? { index: 1, count: 1 } : args.shard,
    takeoverMs: args.takeoverMs,
    concurrency: args.concurrency,
    maxBacklog: args.command === 'retry' ? 1_000_000 : args.maxBacklog,
    maxAttempts: args.maxAttempts,
  })
  return { target, metrics, budget, api, log, engine }
}

export async function watchMain(
  command: 'watch' | 'retry',
  argv: readonly string[],
  io: EnrichIo,
  signal?: AbortSignal,
): Promise<number> {
  let args: WatchArgs
  let lookup: Lookup
  let parts: ReturnType<typeof setUp>
  /** retry: the engine's dead letters of this run, which replace the file in one step at the end. */
  const stillFailing: DeadLetter[] = []
  try {
    args = parseWatchArgs(command, argv)
    if (args.help) {
      io.stdout(`${watchUsage}\n`)
      return 0
    }
    lookup = await loadLookup(args, io)
    parts = setUp(
      args,
      io,
      lookup,
      command === 'retry'
        ? { add: (entry) => (stillFailing.push(entry), Promise.resolve()) }
        : deadLetterFile(args.deadLetter),
    )
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`enrich ${command}: ${visibleLine(error.message)}\n\n${watchUsage}\n`)
    return 64
  }
  return command === 'retry' ? replay(args, parts, stillFailing) : watch(args, parts, signal)
}

async function watch(
  args: WatchArgs,
  parts: ReturnType<typeof setUp>,
  signal?: AbortSignal,
): Promise<number> {
  const { engine, metrics, log, api, budget } = parts
  let status = 'connecting'
  let sweeping: Promise<void> | undefined
  const sweep = (why: string): Promise<void> => {
    sweeping ??= (async () => {
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        try {
          const ids = await api.activeConversationIds(args.queues)
          metrics.sweeps.inc()
          for (const id of ids) engine.offer('sweep', id)
          log('info', 'swept', { why, active: ids.length, backlog: engine.backlog })
          return
        } catch (error) {
          log('warn', 'sweep failed', {
            why,
            attempt,
            problem: error instanceof Error ? error.message : String(error),
          })
          await new Promise((resolve) => setTimeout(resolve, 1_000 * 2 ** attempt))
        }
      }
    })().finally(() => {
      sweeping = undefined
    })
    return sweeping
  }

  // Channel renewal ahead of expiry: a second connection goes live before the first is closed, so no gap.
  let renewalTimer: ReturnType<typeof setTimeout> | undefined
  const scheduleRenewal = (channel: Channel) => {
    clearTimeout(renewalTimer)
    const left = Date.parse(channel.expires ?? '') - Date.now()
    if (!Number.isFinite(left)) return
    renewalTimer = setTimeout(renew, Math.max(1_000, left - Math.min(10 * 60_000, left * 0.1)))
  }
  const notificationClient = {
    createNotificationChannel: async () => {
      const channel = await api.client.createNotificationChannel()
      scheduleRenewal(channel)
      return channel
    },
    subscribeToTopics: (id: string, topics: string[]) => api.client.subscribeToTopics(id, topics),
  }
  const topics = args.queues.map(queueTopic)
  let everLive = false
  const connect = (onLive?: () => void): NotificationConnection =>
    connectNotifications({
      client: notificationClient,
      topics,
      WebSocketImpl: WebSocket,
      onEvent: (topic, eventBody) => {
        if (!topics.includes(topic)) return
        const snapshot = conversationSnapshotSchema.safeParse(eventBody)
        if (snapshot.success) engine.offer('event', snapshot.data.id, snapshot.data)
        else log('warn', 'unreadable event', { topic })
      },
      onStatus: (next) => {
        status = next
        metrics.notificationsUp.set(next === 'live' ? 1 : 0)
        log(next === 'live' ? 'info' : 'warn', 'notifications', { status: next })
        if (next !== 'live') return
        onLive?.()
        if (!everLive) void sweep('start')
        everLive = true
      },
      onReconnected: () => void sweep('reconnect'),
      onError: (problem) =>
        log('warn', 'notifications problem', { kind: problem.kind, problem: problem.message }),
    })
  let connection = connect()
  function renew(): void {
    const old = connection
    log('info', 'renewing channel')
    let replaced = false
    connection = connect(() => {
      if (replaced) return
      replaced = true
      old.close()
    })
  }
  // Events need a live channel; if it cannot connect, the sweep still finds the calls.
  const fallbackSweep = setTimeout(() => {
    if (!everLive) void sweep('start-without-notifications')
  }, 10_000)

  let http: Awaited<ReturnType<typeof listen>> | undefined
  if (args.listen !== undefined) {
    http = await listen(args.listen, args.listenHost, metrics, () => ({
      live: status === 'live',
      notifications: status,
      backlog: engine.backlog,
      inFlight: engine.inFlight,
      rateLimitPausedForMs: Math.max(0, budget.pausedUntil - Date.now()),
    }))
  }
  log('info', 'started', {
    queues: args.queues,
    target: parts.target.label,
    ratePerMinute: args.ratePerMinute,
    ...(http && { listen: `${args.listenHost}:${http.port}` }),
  })

  await new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve()
    signal?.addEventListener('abort', () => resolve(), { once: true })
  })
  log('info', 'draining', { backlog: engine.backlog, inFlight: engine.inFlight })
  clearTimeout(fallbackSweep)
  clearTimeout(renewalTimer)
  connection.close()
  await sweeping
  const left = await engine.drain(args.drainTimeoutMs)
  await new Promise<void>((resolve) => (http ? http.server.close(() => resolve()) : resolve()))
  log('info', 'stopped', { deadLettered: left })
  return 0
}

/** Reads the dead-letter file, enriches each conversation once more (fresh read), writes back what still fails. */
async function replay(
  args: WatchArgs,
  parts: ReturnType<typeof setUp>,
  stillFailing: DeadLetter[],
): Promise<number> {
  const { engine, log } = parts
  const { entries, unreadable } = await readDeadLetters(args.deadLetter)
  for (const entry of entries) engine.offer('retry', entry.conversationId)
  await engine.idle()
  await engine.drain(0)
  await writeDeadLetters(args.deadLetter, stillFailing)
  log('info', 'replayed', { entries: entries.length, stillFailing: stillFailing.length, unreadable })
  return stillFailing.length === 0 ? 0 : 1
}
