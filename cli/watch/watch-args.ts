import { parseArgs } from 'node:util'
import { UsageError } from '../enrich-core.ts'

export const watchUsage = `Usage: npm run enrich -- watch --queue <id> [--queue <id> ...] (--lookup <file> | --lookup-url <url>) [options]
       npm run enrich -- retry --dead-letter <file> (--lookup <file> | --lookup-url <url>) [options]

watch: enriches every new customer leg in the queues, from the queues' notification topics
(v2.routing.queues.{id}.conversations), sweeping the active conversations at start and after every reconnect.
retry: replays the dead-letter file once and writes back only what still fails.

Context:
      --lookup <file>          a CSV (first column the caller's E.164 number, header names the attributes) or a
                               JSON file {"+4930...": {"name": "value"}}
      --lookup-url <url>       https URL with {ani}, {dnis}, {conversationId}; answers {"name": "value"}, 404: none
      --lookup-timeout <ms>    default 2000        --lookup-retries <n>   default 2
      --rule <name>            written as Enrichment.Rule (the provenance marker), default enrich-watch

Capacity and safety:
      --rate <per minute>      API requests per minute for reads and writes together, default 240 (limit ~300)
      --concurrency <n>        default 4           --max-backlog <n>   default 5000
      --shard <i>/<n>          this instance's share when n instances watch the same queues, default 1/1
      --takeover-after <s>     do another instance's share after this long if it has not, default 15
      --max-attempts <n>       per conversation for failures that may heal, default 4
      --dead-letter <file>     default enrich-dead-letter.jsonl
      --drain-timeout <s>      on SIGTERM, default 20

Operations:
      --listen <port>          serve /healthz and /metrics (Prometheus) on 127.0.0.1:<port>
      --listen-host <host>     e.g. 0.0.0.0 in a container
      --region <id> / --emulator-origin <url>   as for the one-shot command`

export interface WatchArgs {
  command: 'watch' | 'retry'
  help: boolean
  queues: string[]
  lookupFile: string | undefined
  lookupUrl: string | undefined
  lookupTimeoutMs: number
  lookupRetries: number
  rule: string
  ratePerMinute: number
  concurrency: number
  maxBacklog: number
  shard: { index: number; count: number }
  takeoverMs: number
  maxAttempts: number
  deadLetter: string
  drainTimeoutMs: number
  listen: number | undefined
  listenHost: string
  region: string | undefined
  emulatorOrigin: string | undefined
}

function integer(text: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < min || value > max)
    throw new UsageError(`${flag}: expected a whole number from ${min} to ${max}`)
  return value
}

export function parseWatchArgs(command: 'watch' | 'retry', argv: readonly string[]): WatchArgs {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        queue: { type: 'string', multiple: true },
        lookup: { type: 'string' },
        'lookup-url': { type: 'string' },
        'lookup-timeout': { type: 'string' },
        'lookup-retries': { type: 'string' },
        rule: { type: 'string' },
        rate: { type: 'string' },
        concurrency: { type: 'string' },
        'max-backlog': { type: 'string' },
        shard: { type: 'string' },
        'takeover-after': { type: 'string' },
        'max-attempts': { type: 'string' },
        'dead-letter': { type: 'string' },
        'drain-timeout': { type: 'string' },
        listen: { type: 'string' },
        'listen-host': { type: 'string' },
        region: { type: 'string' },
        'emulator-origin': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const help = values.help ?? false
  const queues = [...new Set(values.queue ?? [])]
  if (!help && command === 'watch' && queues.length === 0)
    throw new UsageError('give at least one --queue <id>')
  if (queues.some((q) => !/^[0-9A-Za-z-]{1,64}$/.test(q)))
    throw new UsageError('--queue: expected a queue id')
  if (!help && (values.lookup === undefined) === (values['lookup-url'] === undefined))
    throw new UsageError('give exactly one of --lookup <file> and --lookup-url <url>')
  if (!help && command === 'retry' && values['dead-letter'] === undefined)
    throw new UsageError('retry needs --dead-letter <file>')
  const shardMatch = /^(\d+)\/(\d+)$/.exec(values.shard ?? '1/1')
  const shard = { index: Number(shardMatch?.[1]), count: Number(shardMatch?.[2]) }
  if (!shardMatch || shard.count < 1 || shard.index < 1 || shard.index > shard.count || shard.count > 64)
    throw new UsageError('--shard: expected <i>/<n> with 1 <= i <= n <= 64')
  return {
    command,
    help,
    queues,
    lookupFile: values.lookup,
    lookupUrl: values['lookup-url'],
    lookupTimeoutMs: integer(values['lookup-timeout'], '--lookup-timeout', 2_000, 10, 60_000),
    lookupRetries: integer(values['lookup-retries'], '--lookup-retries', 2, 0, 5),
    rule: values.rule ?? 'enrich-watch',
    ratePerMinute: integer(values.rate, '--rate', 240, 1, 100_000),
    concurrency: integer(values.concurrency, '--concurrency', 4, 1, 64),
    maxBacklog: integer(values['max-backlog'], '--max-backlog', 5_000, 1, 1_000_000),
    shard,
    takeoverMs: integer(values['takeover-after'], '--takeover-after', 15, 0, 3_600) * 1000,
    maxAttempts: integer(values['max-attempts'], '--max-attempts', 4, 1, 20),
    deadLetter: values['dead-letter'] ?? 'enrich-dead-letter.jsonl',
    drainTimeoutMs: integer(values['drain-timeout'], '--drain-timeout', 20, 0, 600) * 1000,
    listen: values.listen === undefined ? undefined : integer(values.listen, '--listen', 0, 0, 65_535),
    listenHost: values['listen-host'] ?? '127.0.0.1',
    region: values.region,
    emulatorOrigin: values['emulator-origin'],
  }
}
