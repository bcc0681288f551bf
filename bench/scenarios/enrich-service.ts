// The enrichment service under load: `npm run bench -- --enrich [--quick]` runs only this scenario.
// Emulator and service in this process, a CRM lookup that answers in 100 ms, calls from the emulator's call
// generator. Latency is measured as the platform shows it: from the customer leg's start to the first queue event
// in which the leg carries the service's marker (an observer on its own channel and token), so it includes the
// lookup, the rate budget, the PATCH and the platform applying it.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { pathToFileURL } from 'node:url'
import WebSocket from 'ws'
import { main } from '../../cli/enrich.ts'
import { SEED } from '../../emulator/seed.ts'
import { startEmulator } from '../../emulator/server.ts'

const queueId = SEED.queues.customerCare.id
const topic = `v2.routing.queues.${queueId}.conversations`

export interface EnrichPhase {
  callsPerMinute: number
  /** Service instances, each with its own token and budget (--shard i/n), as separate OAuth clients would be. */
  instances: number
  /** The start-up sweep's requests, all instances together. */
  sweepRequests: number
  calls: number
  enriched: number
  lost: number
  latencyP50Ms: number
  latencyP95Ms: number
  /** Platform API requests the service sent per call in this phase (the sweep is reported on its own). */
  requestsPerCall: number
  maxBacklog: number
  /** From the last call started to the last one enriched. */
  drainMs: number
  rateLimited: number
}

export interface EnrichServiceResults {
  lookupDelayMs: number
  servicePerMinute: number
  seconds: number
  phases: EnrichPhase[]
}

const servicePerMinute = 240

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

function counter(metrics: string, name: string): number {
  let total = 0
  for (const line of metrics.split('\n'))
    if (line.startsWith(name) && !line.startsWith('#')) total += Number(line.split(' ').pop())
  return total
}

export async function measureEnrichService(options: {
  seconds: number
  phases: Array<{ callsPerMinute: number; instances: number }>
  lookupDelayMs: number
}): Promise<EnrichServiceResults> {
  const phases: EnrichPhase[] = []
  for (const phase of options.phases) phases.push(await measurePhase({ ...phase, ...options }))
  return { lookupDelayMs: options.lookupDelayMs, servicePerMinute, seconds: options.seconds, phases }
}

/** A fresh emulator, CRM, observer and service instances per phase, so phases do not disturb each other. */
async function measurePhase(options: {
  seconds: number
  callsPerMinute: number
  instances: number
  lookupDelayMs: number
}): Promise<EnrichPhase> {
  const { callsPerMinute } = options
  const emulator = await startEmulator({ port: 0 })
  const crm = createServer((req, res) => {
    const ani = new URL(req.url ?? '/', 'http://x').searchParams.get('ani') ?? ''
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ 'CRM.ContactId': `C-${ani}`, LoyaltyTier: 'Gold' }))
    }, options.lookupDelayMs)
  })
  await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve))
  const crmUrl = `http://127.0.0.1:${(crm.address() as AddressInfo).port}/context?ani={ani}`

  // The observer: its own client-credentials token and channel, so it costs the service nothing.
  const token = (await (
    await fetch(`${emulator.origin}/oauth/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${btoa('service-local:service-local-secret')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    })
  ).json()) as { access_token: string }
  const bearer = { Authorization: `Bearer ${token.access_token}`, 'Content-Type': 'application/json' }
  const channel = (await (
    await fetch(`${emulator.origin}/api/v2/notifications/channels`, { method: 'POST', headers: bearer })
  ).json()) as { id: string; connectUri: string }
  const visibleAt = new Map<string, number>()
  const socket = new WebSocket(channel.connectUri)
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as {
      topicName: string
      eventBody: {
        id?: string
        participants?: Array<{ purpose?: string; attributes?: Record<string, string> }>
      }
    }
    if (message.topicName !== topic || !message.eventBody.id) return
    const customer = message.eventBody.participants?.find((p) => p.purpose === 'customer')
    if (customer?.attributes?.['Enrichment.Rule'] && !visibleAt.has(message.eventBody.id))
      visibleAt.set(message.eventBody.id, Date.now())
  })
  await new Promise((resolve) => socket.once('open', resolve))
  await fetch(`${emulator.origin}/api/v2/notifications/channels/${channel.id}/subscriptions`, {
    method: 'PUT',
    headers: bearer,
    body: JSON.stringify([{ id: topic }]),
  })

  const stop = new AbortController()
  const instances = Array.from({ length: options.instances }, (_, i) => {
    const state = { listenPort: 0, swept: false }
    const args = ['watch', '--queue', queueId, '--lookup-url', crmUrl, '--listen', '0']
    args.push('--rate', String(servicePerMinute), '--concurrency', '8', '--dead-letter', '/dev/null')
    args.push('--shard', `${i + 1}/${options.instances}`)
    const done = main(
      args,
      {
        env: { EMULATOR_ORIGIN: emulator.origin },
        stdout: (text) => {
          for (const line of text.split('\n').filter(Boolean)) {
            const log = JSON.parse(line) as { msg: string; listen?: string }
            if (log.msg === 'started' && log.listen) state.listenPort = Number(log.listen.split(':').pop())
            if (log.msg === 'swept') state.swept = true
          }
        },
        stderr: (text) => process.stderr.write(text),
        readFile: () => Promise.reject(new Error('unused')),
        readStdin: () => Promise.resolve(''),
      },
      stop.signal,
    )
    return { state, done }
  })
  while (instances.some((i) => !i.state.swept || i.state.listenPort === 0)) await sleep(20)
  const metrics = async () =>
    (
      await Promise.all(
        instances.map(async (i) => (await fetch(`http://127.0.0.1:${i.state.listenPort}/metrics`)).text()),
      )
    ).join('\n')
  const backlog = async () => {
    let total = 0
    for (const i of instances) {
      const health = await fetch(`http://127.0.0.1:${i.state.listenPort}/healthz`)
      total += ((await health.json()) as { backlog: number }).backlog
    }
    return total
  }
  const sweepRequests = counter(await metrics(), 'enrich_api_requests_total')

  const before = await metrics()
  const count = Math.round((callsPerMinute * options.seconds) / 60)
  const generator = (await (
    await fetch(`${emulator.origin}/__admin/call-generator`, {
      method: 'POST',
      body: JSON.stringify({ queueId, callsPerMinute, count, endAfterMs: 600_000 }),
    })
  ).json()) as { id: string }
  let maxBacklog = 0
  let started: Array<{ conversationId: string; startTime: string }> = []
  let lastStartedAt = 0
  const deadline = Date.now() + options.seconds * 1000 + 180_000
  for (;;) {
    maxBacklog = Math.max(maxBacklog, await backlog())
    const status = (await (
      await fetch(`${emulator.origin}/__admin/call-generator/${generator.id}`)
    ).json()) as {
      done: boolean
      started: typeof started
    }
    started = status.started
    if (status.done && lastStartedAt === 0) lastStartedAt = Date.now()
    if (status.done && started.every((c) => visibleAt.has(c.conversationId))) break
    if (Date.now() > deadline) break
    await sleep(100)
  }
  const after = await metrics()
  const latencies = started.flatMap((c) => {
    const at = visibleAt.get(c.conversationId)
    return at === undefined ? [] : [at - Date.parse(c.startTime)]
  })
  const lastVisible = Math.max(...started.map((c) => visibleAt.get(c.conversationId) ?? 0))
  const result: EnrichPhase = {
    callsPerMinute,
    instances: options.instances,
    sweepRequests,
    calls: started.length,
    enriched: latencies.length,
    lost: started.length - latencies.length,
    latencyP50Ms: percentile(latencies, 50),
    latencyP95Ms: percentile(latencies, 95),
    requestsPerCall:
      (counter(after, 'enrich_api_requests_total') - counter(before, 'enrich_api_requests_total')) /
      Math.max(1, started.length),
    maxBacklog,
    drainMs: Math.max(0, lastVisible - lastStartedAt),
    rateLimited: counter(after, 'enrich_rate_limited_total') - counter(before, 'enrich_rate_limited_total'),
  }
  stop.abort()
  await Promise.all(instances.map((i) => i.done))
  socket.terminate()
  await new Promise<void>((resolve) => crm.close(() => resolve()))
  await emulator.close()
  return result
}

export function formatEnrichService(results: EnrichServiceResults): string {
  const rows = results.phases.map(
    (p) =>
      `| ${p.callsPerMinute} | ${p.instances} | ${p.sweepRequests} | ${p.calls} | ${p.enriched} | ${p.lost} | ${p.latencyP50Ms} | ${p.latencyP95Ms} | ${p.requestsPerCall.toFixed(2)} | ${p.maxBacklog} | ${(p.drainMs / 1000).toFixed(1)} | ${p.rateLimited} |`,
  )
  return [
    `Each instance: budget ${results.servicePerMinute} requests/min; lookup ${results.lookupDelayMs} ms; calls started for ${results.seconds} s per phase.`,
    '',
    '| calls/min | instances | sweep requests | calls | enriched | lost | p50 ms | p95 ms | requests/call | max backlog | drain s | 429s |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

/** `npm run bench -- --enrich [--quick]`: prints the table and the JSON figures. */
export async function runEnrichBench(quick: boolean): Promise<EnrichServiceResults> {
  const results = await measureEnrichService({
    seconds: quick ? 10 : 60,
    lookupDelayMs: 100,
    phases: [
      { callsPerMinute: 60, instances: 1 },
      { callsPerMinute: 300, instances: 1 },
      { callsPerMinute: 300, instances: 2 },
      // Twice the platform's 300/min per client, on one instance: nothing may be lost; backlog and drain reported.
      { callsPerMinute: 600, instances: 1 },
    ],
  })
  console.log(formatEnrichService(results))
  console.log(`\n${JSON.stringify(results)}`)
  return results
}

const runAsScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (runAsScript) await runEnrichBench(process.argv.includes('--quick'))
