import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { main, type EnrichIo } from '../../cli/enrich.ts'
import { SEED } from '../../emulator/seed.ts'
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts'
import { admin, adminState, sleep } from '../../emulator/test-support/http-client.ts'

/*
 * The enrichment tool run as a user runs it (argv in, exit code and output out) against the real emulator;
 * what the server holds and its write log are the evidence.
 */

const live = SEED.conversations.liveCall
const customerPath = `/conversations/${live.id}/participants/${live.customerParticipantId}/attributes`
let emulator: RunningEmulator

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, settings: { writeDelayMs: 150 } })
})
afterAll(() => emulator.close())
beforeEach(async () => {
  await admin(emulator.origin, '/reset')
  await admin(emulator.origin, '/settings', { writeDelayMs: 150 })
})

interface Run {
  code: number
  stdout: string
  stderr: string
  elapsedMs: number
}

async function enrich(
  argv: string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const io: EnrichIo = {
    env: { EMULATOR_ORIGIN: emulator.origin, ...options.env },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: () => Promise.resolve(options.stdin ?? ''),
  }
  const started = Date.now()
  const code = await main(argv, io)
  return { code, stdout, stderr, elapsedMs: Date.now() - started }
}

async function customer(): Promise<Record<string, string>> {
  const state = await adminState(emulator.origin)
  const conversation = state.conversations.find((c) => c.id === live.id)
  return conversation?.participants.find((p) => p.id === live.customerParticipantId)?.attributes ?? {}
}

const apiWrites = async () =>
  (await adminState(emulator.origin)).writeLog.filter((entry) => entry.source === 'api')

describe('npm run enrich against the emulator', () => {
  it('enriches the live call: one PATCH with only the changed names, verified on the server', async () => {
    const run = await enrich([
      '--conversation',
      live.id,
      '--set',
      'CRM.AccountTier=Enterprise',
      '--set',
      'LoyaltyTier=Platinum',
      '--set',
      'CustomerName=Maria Schneider', // already the value: not sent
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Written 2 attributes')
    expect(run.stdout).toContain('"LoyaltyTier": "Gold" -> "Platinum"')
    expect(run.stdout).toContain('verified on the server')
    const writes = await apiWrites()
    expect(writes).toHaveLength(1)
    expect(writes[0]).toMatchObject({ by: 'service-local', names: ['CRM.AccountTier', 'LoyaltyTier'] })
    expect(await customer()).toMatchObject({
      LoyaltyTier: 'Platinum',
      'CRM.AccountTier': 'Enterprise',
      CustomerName: 'Maria Schneider',
    })
    const state = await adminState(emulator.origin)
    expect(state.tokens.filter((t) => t.clientId === 'service-local')).toHaveLength(1) // one token for the whole run
  })

  it('detects a flow write that changed an expected value, writes nothing, exits 2', async () => {
    await admin(emulator.origin, customerPath, { attributes: { LoyaltyTier: 'Silver' }, source: 'flow' })
    const run = await enrich([
      '-c',
      live.id,
      '--expect',
      'LoyaltyTier=Gold',
      '--set',
      'LoyaltyTier=Platinum',
      '--set',
      'Extra=1',
    ])
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('Conflict: nothing was written')
    expect(run.stdout).toContain('"LoyaltyTier": expected "Gold", server has "Silver"')
    expect(await apiWrites()).toHaveLength(0)
    expect(await customer()).toMatchObject({ LoyaltyTier: 'Silver' })
    expect((await customer()).Extra).toBeUndefined()
  })

  it('does not overwrite a name a flow writes between our read and our write', async () => {
    // Our PATCH is held for 400 ms; the flow's write to another name lands meanwhile.
    await admin(emulator.origin, '/faults', {
      target: 'http',
      method: 'PATCH',
      path: '/api/v2/conversations/**',
      fault: { type: 'delay', ms: 400 },
    })
    const running = enrich(['-c', live.id, '--set', 'LoyaltyTier=Platinum'])
    await sleep(100)
    await admin(emulator.origin, customerPath, {
      attributes: { IntentDetected: 'Cancellation' },
      source: 'flow',
    })
    const run = await running
    expect(run.code).toBe(0)
    expect(await customer()).toMatchObject({ LoyaltyTier: 'Platinum', IntentDetected: 'Cancellation' })
  })

  it('waits out a 429 as told by the message (Retry-After hidden), then writes once', async () => {
    await admin(emulator.origin, '/faults', {
      target: 'http',
      method: 'PATCH',
      path: '/api/v2/conversations/**',
      fault: {
        type: 'status',
        status: 429,
        body: {
          message: 'Rate limit exceeded the maximum. Retry the request in [1] seconds',
          code: 'too.many.requests.retry.after',
          status: 429,
          contextId: 'ctx-429',
        },
      },
    })
    const run = await enrich(['-c', live.id, '--set', 'LoyaltyTier=Platinum'])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('rate-limited by Genesys Cloud (1 s wait asked), contextId ctx-429')
    expect(run.elapsedMs).toBeGreaterThanOrEqual(1_000)
    expect(await apiWrites()).toHaveLength(1)
    expect(await customer()).toMatchObject({ LoyaltyTier: 'Platinum' })
  })

  it('refuses a 429 wait longer than --max-wait and reports it', async () => {
    await admin(emulator.origin, '/faults', {
      target: 'http',
      method: 'GET',
      path: '/api/v2/conversations/*',
      fault: { type: 'status', status: 429, headers: { 'Retry-After': '120' } },
    })
    const run = await enrich(['-c', live.id, '--set', 'LoyaltyTier=Platinum', '--max-wait', '5'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('still rate-limited')
    expect(await apiWrites()).toHaveLength(0)
  })

  it('retries a 503 on the write after re-reading, and writes once', async () => {
    await admin(emulator.origin, '/faults', {
      target: 'http',
      method: 'PATCH',
      path: '/api/v2/conversations/**',
      fault: { type: 'status', status: 503 },
    })
    const run = await enrich(['-c', live.id, '--set', 'LoyaltyTier=Platinum'])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('may or may not have landed (server 503)')
    expect(await apiWrites()).toHaveLength(1)
  })

  it('reports a missing conversation with exit code 3 and the Genesys contextId', async () => {
    const run = await enrich(['-c', '00000000-0000-4000-8000-000000000000', '--set', 'A=b'])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('Not found')
    expect(run.stderr).toMatch(/Genesys contextId: [0-9a-f-]{8,}/)
  })

  it('a missing participant is also exit 3', async () => {
    const run = await enrich(['-c', live.id, '--participant', 'nobody', '--set', 'A=b'])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('participant "nobody" is not in this conversation')
  })

  it('reports a 403 with advice and contextId, exit 1', async () => {
    await admin(emulator.origin, '/faults', {
      target: 'http',
      method: 'GET',
      path: '/api/v2/conversations/*',
      fault: { type: 'status', status: 403 },
    })
    const run = await enrich(['-c', live.id, '--set', 'A=b'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("the OAuth client's roles lack a permission")
    expect(run.stderr).toContain('Genesys contextId:')
  })

  it('renews a refused token once and carries on', async () => {
    await admin(emulator.origin, '/faults', {
      target: 'http',
      method: 'GET',
      path: '/api/v2/conversations/*',
      fault: { type: 'status', status: 401 },
    })
    const run = await enrich(['-c', live.id, '--set', 'LoyaltyTier=Platinum'])
    expect(run.code).toBe(0)
    const state = await adminState(emulator.origin)
    expect(state.tokens.filter((t) => t.clientId === 'service-local')).toHaveLength(2)
  })

  it('a dry run prints the diff and sends nothing', async () => {
    const run = await enrich([
      '-c',
      live.id,
      '--set',
      'LoyaltyTier=Platinum',
      '--set',
      'NewName=x',
      '--dry-run',
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Dry run: nothing was sent. Would write 2 attributes')
    expect(run.stdout).toContain('+ "NewName": "x"')
    await sleep(200)
    expect((await adminState(emulator.origin)).writeLog).toHaveLength(0)
    expect(await customer()).toMatchObject({ LoyaltyTier: 'Gold' })
  })

  it('reads attributes from stdin, keeps __proto__ as a name, and answers in JSON', async () => {
    const stdin = '{"__proto__": "data, not a prototype", "LoyaltyTier": "Gold"}'
    const run = await enrich(['-c', live.id, '--file', '-', '--json'], { stdin })
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as Record<string, unknown>
    expect(result).toMatchObject({
      outcome: 'written',
      verified: true,
      patchesSent: 1,
      unchanged: ['LoyaltyTier'],
      changes: [{ name: '__proto__', to: 'data, not a prototype' }],
      exitCode: 0,
    })
    expect(result.patchBytes).toBe(Buffer.byteLength('{"attributes":{"__proto__":"data, not a prototype"}}'))
    expect(Object.getOwnPropertyDescriptor(await customer(), '__proto__')?.value).toBe(
      'data, not a prototype',
    )
  })

  it('nothing to change: exit 0 and no PATCH', async () => {
    const run = await enrich(['-c', live.id, '--set', 'LoyaltyTier=Gold'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Nothing to change')
    expect((await adminState(emulator.origin)).writeLog).toHaveLength(0)
  })

  it('usage errors exit 64 and never reach the server; a real region needs credentials', async () => {
    expect((await enrich(['--set', 'A=b'])).code).toBe(64)
    expect((await enrich(['-c', live.id])).code).toBe(64)
    expect((await enrich(['-c', live.id, '--set', 'novalue'])).code).toBe(64)
    expect((await enrich(['-c', live.id, '--set', 'A=b', '--client-secret', 'x'])).code).toBe(64)
    const region = await enrich(['-c', live.id, '--set', 'A=b', '--region', 'eu-west-1'])
    expect(region.code).toBe(64)
    expect(region.stderr).toContain('set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET')
    expect((await adminState(emulator.origin)).tokens).toHaveLength(0)
  })

  it('runs as a command (tsx cli/enrich.ts) with the exit code of the outcome', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'cli/enrich.ts', '-c', live.id, '--set', 'Spawned=yes', '--json'],
      {
        env: { ...process.env, EMULATOR_ORIGIN: emulator.origin, GENESYS_REGION: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ outcome: 'written', verified: true })
    expect(await customer()).toMatchObject({ Spawned: 'yes' })
  }, 30_000)

  it('shows control characters of a server message echoing a hostile name as escapes, on every output', async () => {
    await admin(emulator.origin, '/settings', { maxValueLength: 4 })
    // Retitles the terminal, erases the line, returns the cursor and prints a forged success line.
    const hostile = '\u001b]0;pwned\u0007\u001b[2K\rWritten 1 attribute \u009b31m'
    const human = await enrich(['-c', live.id, '--set', `${hostile}=too long a value`])
    const json = await enrich(['-c', live.id, '--set', `${hostile}=too long a value`, '--json'])
    for (const run of [human, json]) {
      expect(run.code).toBe(1)
      const printed = run.stdout + run.stderr
      const controls = [...printed].filter((c) => c !== '\n' && /\p{Cc}/u.test(c))
      expect(controls).toEqual([])
    }
    expect(human.stderr).toContain('\\u001b]0;pwned\\u0007\\u001b[2K\\u000dWritten 1 attribute')
    const parsed = JSON.parse(json.stdout) as { error: { message: string } }
    expect(parsed.error.message).toContain(hostile) // JSON escapes keep the exact text for programs
    expect(await apiWrites()).toHaveLength(0)
  })

  it('never sends exported real credentials to the emulator when no region is given', async () => {
    const env = { EMULATOR_ORIGIN: '', GENESYS_CLIENT_ID: 'real-id', GENESYS_CLIENT_SECRET: 'real-secret' }
    let requests = 0
    const run = await enrichWithFetch(['-c', live.id, '--set', 'A=b'], env, () => (requests += 1))
    expect(run.code).toBe(64)
    expect(run.stderr).toContain('GENESYS_CLIENT_ID/GENESYS_CLIENT_SECRET are set but no region is given')
    expect(requests).toBe(0)
    // Naming the emulator is fine: it gets its own client, the real secret stays home.
    const seen: string[] = []
    const chosen = await enrichWithFetch(
      ['-c', live.id, '--set', 'A=b', '--emulator-origin', emulator.origin],
      env,
      (init) => seen.push(new Headers(init?.headers).get('authorization') ?? ''),
    )
    expect(chosen.code).toBe(0)
    expect(seen[0]).toBe(`Basic ${btoa('service-local:service-local-secret')}`)
    expect(seen.join(' ')).not.toContain(btoa('real-id:real-secret'))
  })
})

async function enrichWithFetch(
  argv: string[],
  env: Record<string, string>,
  onRequest: (init: RequestInit | undefined) => void,
): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    env,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: () => Promise.resolve(''),
    fetch: (input, init) => {
      onRequest(init)
      return fetch(input, init)
    },
  })
  return { code, stdout, stderr, elapsedMs: 0 }
}
