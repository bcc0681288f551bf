import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../cli/enrich.ts'
import { SEED } from '../../emulator/seed.ts'
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts'
import { admin, adminState, eventually } from '../../emulator/test-support/http-client.ts'

/*
 * The "Done when": `npm run enrich -- watch` run as a real process against the emulator. Calls are
 * started into Customer Care by the emulator's call generator; the evidence is what the customer legs hold and
 * the emulator's write log (one PATCH per conversation, also across a restart and with two instances).
 */

const queueId = SEED.queues.customerCare.id
const ani = (n: number) => `+1555${String(n).padStart(7, '0')}` // the generator's default caller numbers
let emulator: RunningEmulator
let dir: string
let csv: string
const running = new Set<ChildProcessWithoutNullStreams>()

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 })
  dir = await mkdtemp(join(tmpdir(), 'enrich-watch-'))
  csv = join(dir, 'crm.csv')
  const rows = Array.from({ length: 100 }, (_, n) => `${n % 2 ? 'tel:' : ''}${ani(n)},CRM-${n},Gold`)
  await writeFile(csv, ['phone,CRM.ContactId,LoyaltyTier', ...rows].join('\n'))
})
afterEach(async () => {
  await Promise.all([...running].map(stop))
  await admin(emulator.origin, '/reset')
})
afterAll(async () => {
  await emulator.close()
  await rm(dir, { recursive: true, force: true })
})

interface Service {
  child: ChildProcessWithoutNullStreams
  lines: Array<Record<string, unknown>>
}

/** Starts the service and resolves once it has swept (so it is subscribed and caught up). */
async function startService(extra: string[] = [], lookup = ['--lookup', csv]): Promise<Service> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'cli/enrich.ts', 'watch', '--queue', queueId, ...lookup, ...extra],
    {
      env: { ...process.env, EMULATOR_ORIGIN: emulator.origin, GENESYS_REGION: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  )
  running.add(child)
  const service: Service = { child, lines: [] }
  let buffer = ''
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    const parts = buffer.split('\n')
    buffer = parts.pop() ?? ''
    for (const line of parts) service.lines.push(JSON.parse(line) as Record<string, unknown>)
  })
  await eventually(() => {
    expect(service.lines.some((l) => l.msg === 'swept')).toBe(true)
    return Promise.resolve()
  }, 15_000)
  return service
}

async function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  running.delete(child)
  if (child.exitCode !== null) return child.exitCode
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  return exited
}

async function generateCalls(count: number, extra: Record<string, unknown> = {}): Promise<string[]> {
  const response = await admin(emulator.origin, '/call-generator', {
    queueId,
    callsPerMinute: 1_200,
    count,
    ...extra,
  })
  const { id } = (await response.json()) as { id: string }
  let started: string[] = []
  await eventually(async () => {
    const status = (await (
      await admin(emulator.origin, `/call-generator/${id}`, undefined, 'GET')
    ).json()) as {
      done: boolean
      started: Array<{ conversationId: string }>
    }
    expect(status.done).toBe(true)
    started = status.started.map((s) => s.conversationId)
  }, 10_000)
  return started
}

async function customerOf(conversationId: string): Promise<Record<string, string>> {
  const state = await adminState(emulator.origin)
  const conversation = state.conversations.find((c) => c.id === conversationId)
  // The generator's first participant is the customer.
  return conversation?.participants[0]?.attributes ?? {}
}

async function expectEnriched(ids: readonly string[]): Promise<void> {
  await eventually(async () => {
    for (const id of ids) expect((await customerOf(id))['Enrichment.Rule']).toBe('enrich-watch')
  }, 10_000)
}

async function patchesPerConversation(): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const entry of (await adminState(emulator.origin)).writeLog.filter((e) => e.source === 'api'))
    counts.set(entry.conversationId, (counts.get(entry.conversationId) ?? 0) + 1)
  return counts
}

describe('npm run enrich -- watch', () => {
  it('enriches every call, also those started while it was down, and keeps what the IVR set', async () => {
    const first = await startService()
    // A caller whose tier the IVR already set: the service adds the CRM id and leaves the tier alone.
    const ivr = (await (
      await admin(emulator.origin, '/conversations', {
        media: 'call',
        participants: [
          {
            purpose: 'customer',
            ani: `tel:${ani(42)}`,
            address: `tel:${ani(42)}`,
            attributes: { LoyaltyTier: 'Platinum' },
          },
          { purpose: 'acd', queueId },
        ],
      })
    ).json()) as { id: string }
    const live = await generateCalls(6)
    await expectEnriched([...live, ivr.id])
    expect(await customerOf(live[0] ?? '')).toMatchObject({ 'CRM.ContactId': 'CRM-0', LoyaltyTier: 'Gold' })
    expect(await customerOf(ivr.id)).toMatchObject({ 'CRM.ContactId': 'CRM-42', LoyaltyTier: 'Platinum' })

    expect(await stop(first.child)).toBe(0) // SIGTERM drains and exits cleanly
    expect(first.lines.some((l) => l.msg === 'stopped')).toBe(true)
    const whileDown = await generateCalls(4, { anis: [`tel:${ani(7)}`] })
    expect((await customerOf(whileDown[0] ?? ''))['Enrichment.Rule']).toBeUndefined()

    const second = await startService()
    await expectEnriched(whileDown)
    expect(second.lines.filter((l) => l.msg === 'enriched').every((l) => l.source === 'sweep')).toBe(true)

    const patches = await patchesPerConversation()
    expect([...patches.keys()].sort()).toEqual([...live, ivr.id, ...whileDown].sort())
    expect([...patches.values()].every((n) => n === 1)).toBe(true)
  }, 60_000)

  it('two instances sharing the queue write exactly one PATCH per conversation', async () => {
    // A takeover delay of 3 s, not 1: each write now reads the leg again first (decision 0033), and on a loaded
    // CI machine one instance's share took over a second, so the other took it over and both wrote.
    await Promise.all([
      startService(['--shard', '1/2', '--takeover-after', '3']),
      startService(['--shard', '2/2', '--takeover-after', '3']),
    ])
    const calls = await generateCalls(12)
    await expectEnriched(calls)
    // Past the takeover delay: neither instance redoes the other's share.
    await new Promise((resolve) => setTimeout(resolve, 3_500))
    const patches = await patchesPerConversation()
    expect([...patches.keys()].sort()).toEqual([...calls].sort())
    expect([...patches.values()].every((n) => n === 1)).toBe(true)
  }, 60_000)

  it('enrich retry replays the dead-letter file and writes back only what still fails', async () => {
    const [callId] = await generateCalls(1, { anis: [`tel:${ani(3)}`] })
    const file = join(dir, 'dead.jsonl')
    const entry = (conversationId: string, kind: string) =>
      JSON.stringify({ at: new Date().toISOString(), conversationId, kind, reason: 'test' })
    await writeFile(
      file,
      [
        entry(callId ?? '', 'server'),
        entry('00000000-0000-4000-8000-00000000dead', 'lookup'),
        'not json',
      ].join('\n'),
    )
    let stdout = ''
    const code = await main(['retry', '--dead-letter', file, '--lookup', csv], {
      env: { EMULATOR_ORIGIN: emulator.origin },
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
      readFile: (path) => readFile(path, 'utf8'),
      readStdin: () => Promise.resolve(''),
    })
    expect(code).toBe(0)
    await expectEnriched([callId ?? ''])
    expect(await customerOf(callId ?? '')).toMatchObject({ 'CRM.ContactId': 'CRM-3' })
    expect(await readFile(file, 'utf8')).toBe('') // the vanished conversation is not a failure
    expect(stdout).toContain(
      '"msg":"replayed","service":"enrich","entries":2,"stillFailing":0,"unreadable":1',
    )
  })

  it('renews its notification channel before it expires, without a gap', async () => {
    await admin(emulator.origin, '/settings', { channelLifetimeSeconds: 3 })
    const service = await startService()
    await eventually(async () => {
      const channels = (await adminState(emulator.origin)).channels
      expect(channels.length).toBeGreaterThanOrEqual(2)
      // The replacement is live before the first channel's end: one socket, on a channel that has not expired.
      expect(channels.filter((c) => c.connectedSockets > 0 && !c.expired)).toHaveLength(1)
      expect(channels[0]?.expired).toBe(true)
    }, 8_000)
    const calls = await generateCalls(2)
    await expectEnriched(calls)
    const enriched = service.lines.filter((l) => l.msg === 'enriched')
    expect(enriched.map((l) => l.source)).toEqual(['event', 'event'])
    expect(service.lines.some((l) => l.msg === 'renewing channel')).toBe(true)
    expect(service.lines.filter((l) => l.msg === 'swept').map((l) => l.why)).toEqual(['start'])
  }, 30_000)

  it('answers /healthz and /metrics on --listen: live with its figures, 503 while the channel is down', async () => {
    const service = await startService(['--listen', '0'])
    const started = service.lines.find((l) => l.msg === 'started')
    const base = `http://${String(started?.listen)}`
    const health = await fetch(`${base}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ live: true, notifications: 'live', backlog: 0 })

    const calls = await generateCalls(3)
    await expectEnriched(calls)
    const metrics = await fetch(`${base}/metrics`)
    expect(metrics.status).toBe(200)
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/)
    const text = await metrics.text()
    expect(text).toMatch(/^enrich_enriched_total 3$/m)
    expect(text).toMatch(/^enrich_notifications_up 1$/m)
    expect(text).toMatch(/^enrich_sweeps_total 1$/m)
    expect(text).toMatch(/^enrich_end_to_end_seconds_count 3$/m)
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405)
    expect((await fetch(`${base}/nothing`)).status).toBe(404)

    // A dropped socket: health says so (503, for an orchestrator's probe) until the service is live again.
    await admin(emulator.origin, '/faults', { target: 'socket', action: 'drop' })
    await eventually(async () => {
      const down = await fetch(`${base}/healthz`)
      expect(down.status).toBe(503)
      expect(((await down.json()) as { live: boolean }).live).toBe(false)
    }, 5_000)
    await eventually(async () => expect((await fetch(`${base}/healthz`)).status).toBe(200), 10_000)
  }, 30_000)

  it('after a dropped socket it reconnects and sweeps, so a call that started in the gap is enriched', async () => {
    const service = await startService()
    await admin(emulator.origin, '/faults', { target: 'socket', action: 'drop' })
    const [inGap] = await generateCalls(1, { anis: [`tel:${ani(9)}`] }) // before the reconnect (≥ 0.5 s backoff)
    await expectEnriched([inGap ?? ''])
    expect(service.lines.filter((l) => l.msg === 'swept').map((l) => l.why)).toEqual(['start', 'reconnect'])
    expect(service.lines.find((l) => l.msg === 'enriched')).toMatchObject({
      source: 'sweep',
      conversationId: inGap,
    })
  }, 30_000)
})

describe('npm run enrich -- watch, with a CRM that takes its time to answer', () => {
  /** Runs before the CRM answers: what happens on the platform while the service waits for its lookup. */
  let whileLookingUp: (conversationId: string, nth: number) => Promise<void> = () => Promise.resolve()
  const lookups = new Map<string, number>()
  const crm = createServer((req, res) => {
    const conversationId = new URL(req.url ?? '', 'http://crm').searchParams.get('c') ?? ''
    const nth = (lookups.get(conversationId) ?? 0) + 1
    lookups.set(conversationId, nth)
    void whileLookingUp(conversationId, nth).then(() =>
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ LoyaltyTier: 'CRM-Gold', 'CRM.ContactId': 'CRM-1' })),
    )
  })
  let lookup: string[] = []
  beforeAll(async () => {
    await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve))
    const { port } = crm.address() as AddressInfo
    lookup = ['--lookup-url', `http://127.0.0.1:${port}/ctx?ani={ani}&c={conversationId}`]
  })
  afterAll(() => new Promise<void>((resolve) => crm.close(() => resolve())))
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

  it('keeps a tier the agent commits during a 300 ms lookup and logs it as kept', async () => {
    whileLookingUp = async (conversationId) => {
      const customer = (await adminState(emulator.origin)).conversations.find((c) => c.id === conversationId)
        ?.participants[0]
      await admin(
        emulator.origin,
        `/conversations/${conversationId}/participants/${customer?.id}/attributes`,
        {
          attributes: { LoyaltyTier: 'Agent-Set' },
          source: 'api',
          by: SEED.users.agent.id,
        },
      )
      await sleep(300)
    }
    const service = await startService([], lookup)
    const [call = ''] = await generateCalls(1)
    await expectEnriched([call])
    expect(await customerOf(call)).toMatchObject({ LoyaltyTier: 'Agent-Set', 'CRM.ContactId': 'CRM-1' })
    expect(service.lines.find((l) => l.msg === 'enriched')).toMatchObject({
      written: ['CRM.ContactId'],
      kept: ['LoyaltyTier'],
    })
  }, 30_000)

  it("two instances without --shard: one whose lookup ends after the other's write landed writes nothing", async () => {
    whileLookingUp = (_conversationId, nth) => sleep(nth === 1 ? 100 : 1_500) // the emulator applies in 300 ms
    const services = await Promise.all([startService([], lookup), startService([], lookup)])
    const [call = ''] = await generateCalls(1)
    await expectEnriched([call])
    await eventually(() => {
      // Only this call: both also swept the seeded conversations at start.
      const lines = services.flatMap((s) => s.lines).filter((l) => l.conversationId === call)
      expect(lines.filter((l) => l.msg === 'enriched')).toHaveLength(1)
      expect(lines.filter((l) => l.msg === 'already enriched')).toHaveLength(1)
      return Promise.resolve()
    }, 5_000)
    const writes = (await adminState(emulator.origin)).writeLog.filter(
      (e) => e.conversationId === call && e.names.includes('Enrichment.Rule'),
    )
    expect(writes).toHaveLength(1)
  }, 30_000)
})
