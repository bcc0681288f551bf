import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { customerLeg } from '../../cli/watch/customer-leg.ts'
import { decideEnrichment } from '../../cli/watch/decide.ts'
import { createEngine, type EngineApi } from '../../cli/watch/engine.ts'
import {
  LookupError,
  parseCsvLookup,
  parseJsonLookup,
  tableLookup,
  urlLookup,
  type Lookup,
} from '../../cli/watch/lookup.ts'
import { createMetrics } from '../../cli/watch/metrics.ts'
import { createRateBudget } from '../../cli/watch/rate-budget.ts'
import { UsageError } from '../../cli/enrich-core.ts'
import { createAttributeMap, type AttributeMap } from '../../src/genesys/attribute-map.ts'
import { GenesysApiError } from '../../src/genesys/errors.ts'

const map = (entries: Record<string, string>) => createAttributeMap(Object.entries(entries))

describe('decideEnrichment', () => {
  it('writes only absent names plus the marker, and keeps what someone else set', () => {
    const decision = decideEnrichment(
      map({ LoyaltyTier: 'Platinum', Same: 'x' }),
      map({ LoyaltyTier: 'Gold', 'CRM.Id': '42', Same: 'x' }),
      'rule-a',
      '2026-01-01T00:00:00.000Z',
    )
    expect(decision).toMatchObject({ action: 'write', written: ['CRM.Id'], kept: ['LoyaltyTier'] })
    if (decision.action !== 'write') return
    expect({ ...decision.patch }).toEqual({
      'CRM.Id': '42',
      'Enrichment.Rule': 'rule-a',
      'Enrichment.At': '2026-01-01T00:00:00.000Z',
    })
  })

  it('a marked leg, no context or nothing new is a no-op', () => {
    expect(decideEnrichment(map({ 'Enrichment.Rule': 'r' }), map({ A: '1' }), 'r', 't').action).toBe('skip')
    expect(decideEnrichment(map({}), undefined, 'r', 't')).toMatchObject({ reason: 'no-context' })
    expect(decideEnrichment(map({ A: '1' }), map({ A: '1' }), 'r', 't')).toMatchObject({
      reason: 'nothing-to-change',
    })
  })
})

describe('customerLeg', () => {
  it('reads the caller from the queue event model (address, calls[].self) and from REST (ani)', () => {
    const event = customerLeg({
      id: 'c1',
      participants: [
        {
          id: 'p1',
          purpose: 'customer',
          address: 'tel:+4930111',
          connectedTime: '2026-01-01T00:00:00Z',
          calls: [
            {
              state: 'connected',
              self: { addressNormalized: 'tel:+4930111' },
              other: { addressNormalized: 'tel:+800' },
            },
          ],
          attributes: null,
        },
      ],
    })
    expect(event).toMatchObject({
      participantId: 'p1',
      ani: '+4930111',
      dnis: '+800',
      startedAt: Date.parse('2026-01-01T00:00:00Z'),
    })
    const rest = customerLeg({
      id: 'c1',
      participants: [{ id: 'p2', purpose: 'customer', ani: 'tel:+49302', attributes: {} }],
    })
    expect(rest?.ani).toBe('+49302')
    const hungUp = customerLeg({
      id: 'c1',
      participants: [{ id: 'p3', purpose: 'customer', calls: [{ state: 'disconnected' }] }],
    })
    expect(hungUp).toBeUndefined()
  })
})

describe('lookups', () => {
  it('CSV: first column the number (with or without tel:), header names the rest, quotes allowed', async () => {
    const table = parseCsvLookup(
      'phone,CRM.Id,Name\n+4930111,42,"Schneider, Maria"\ntel:+4930222,,Bob\n',
      'x.csv',
    )
    const lookup = tableLookup(table)
    expect({ ...(await lookup.find({ ani: '+4930111', dnis: undefined, conversationId: 'c' })) }).toEqual({
      'CRM.Id': '42',
      Name: 'Schneider, Maria',
    })
    expect({ ...(await lookup.find({ ani: '+4930222', dnis: undefined, conversationId: 'c' })) }).toEqual({
      Name: 'Bob',
    })
    expect(() => parseCsvLookup('phone\n+1', 'x.csv')).toThrow(UsageError)
  })

  it('JSON: numbers to objects of strings; __proto__ stays data', () => {
    const table = parseJsonLookup('{"tel:+1": {"__proto__": "p", "A": "1"}}', 'x.json')
    expect(Object.getOwnPropertyDescriptor(table.get('+1'), '__proto__')?.value).toBe('p')
    expect(() => parseJsonLookup('{"+1": {"A": 1}}', 'x.json')).toThrow(UsageError)
  })

  describe('URL', () => {
    const answers: Array<(res: ServerResponse) => void> = []
    let hits = 0
    const server = createServer((req, res) => {
      hits += 1
      const answer = answers.shift()
      if (answer) return answer(res)
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ Tier: req.url ?? '' }))
    })
    let base = ''
    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const leg = { ani: '+49 30', dnis: '+800', conversationId: 'c1' }

    it('fills the template, retries a 503 and a timeout, then caches', async () => {
      hits = 0
      answers.push((res) => res.writeHead(503).end())
      answers.push(() => undefined) // never answers: the timeout
      const lookup = urlLookup({
        template: `${base}/crm?ani={ani}&c={conversationId}`,
        timeoutMs: 100,
        retries: 2,
        cacheTtlMs: 60_000,
        cacheSize: 10,
        sleep: () => Promise.resolve(), // retried at once: a hung exchange must not block the next one
      })
      expect({ ...(await lookup.find(leg)) }).toEqual({ Tier: '/crm?ani=%2B49%2030&c=c1' })
      await lookup.find(leg)
      expect(hits).toBe(3)
    })

    it('a 404 is "no context"; a bad answer or exhausted retries is a LookupError', async () => {
      answers.push((res) => res.writeHead(404).end())
      const lookup = urlLookup({
        template: `${base}/a/{ani}`,
        timeoutMs: 500,
        retries: 0,
        cacheTtlMs: 0,
        cacheSize: 10,
      })
      expect(await lookup.find(leg)).toBeUndefined()
      answers.push((res) => res.writeHead(200).end('{"A": 1}'))
      await expect(lookup.find(leg)).rejects.toBeInstanceOf(LookupError)
      answers.push((res) => res.writeHead(500).end())
      await expect(lookup.find(leg)).rejects.toThrow('failed after 1 attempts: HTTP 500')
    })

    it('refuses plain http to anything but this machine', () => {
      expect(() =>
        urlLookup({
          template: 'http://crm.example.com/{ani}',
          timeoutMs: 1,
          retries: 0,
          cacheTtlMs: 0,
          cacheSize: 1,
        }),
      ).toThrow('use https')
    })
  })
})

describe('rate budget', () => {
  it('spends a burst, then paces at the rate; a 429 pause holds everyone', async () => {
    let clock = 0
    const budget = createRateBudget({
      perMinute: 60,
      burst: 2,
      now: () => clock,
      sleep: (ms) => ((clock += ms), Promise.resolve()),
    })
    await budget.acquire()
    await budget.acquire()
    expect(clock).toBe(0)
    await budget.acquire()
    expect(clock).toBe(1_000)
    budget.pauseFor(5_000)
    await budget.acquire()
    expect(clock).toBeGreaterThanOrEqual(6_000)
    budget.observe({ count: 299, allowed: 300, reset: '7' })
    const before = clock
    await budget.acquire()
    expect(clock - before).toBeGreaterThanOrEqual(7_000)
  })
})

describe('engine', () => {
  function fakePlatform(attributes: Record<string, string> = {}) {
    const state = { attributes: map(attributes) }
    const patches: AttributeMap[] = []
    const gets: string[] = []
    const onPatch: Array<(patch: AttributeMap) => void> = []
    const snapshot = () => ({
      id: 'c1',
      participants: [{ id: 'p1', purpose: 'customer', ani: '+1', attributes: state.attributes }],
    })
    const api: EngineApi = {
      getConversation: (id) => (gets.push(id), Promise.resolve(snapshot())),
      patchAttributes: (_c, _p, patch) => {
        patches.push(patch)
        const behaviour = onPatch.shift()
        if (behaviour) {
          behaviour(patch)
          return Promise.resolve()
        }
        state.attributes = map({ ...state.attributes, ...patch })
        return Promise.resolve()
      },
    }
    return { api, state, patches, gets, onPatch, snapshot }
  }
  const engineFor = (api: EngineApi, dead: unknown[] = [], overrides = {}) =>
    createEngine({
      api,
      lookup: tableLookup(new Map([['+1', map({ 'CRM.Id': '42', Tier: 'Gold' })]])),
      rule: 'r',
      metrics: createMetrics(),
      log: () => undefined,
      deadLetters: { add: (entry) => (dead.push(entry), Promise.resolve()) },
      budget: { pauseFor: () => undefined },
      shard: { index: 1, count: 1 },
      takeoverMs: 0,
      concurrency: 2,
      maxBacklog: 10,
      maxAttempts: 3,
      ...overrides,
    })

  it('an event and a sweep for the same call are one job: one read just before one PATCH', async () => {
    const platform = fakePlatform()
    const engine = engineFor(platform.api)
    engine.offer('event', 'c1', platform.snapshot())
    engine.offer('sweep', 'c1')
    engine.offer('event', 'c1', platform.snapshot())
    await engine.idle()
    engine.offer('event', 'c1', platform.snapshot()) // later events (our own write's, too) are no-ops
    await engine.idle()
    expect(platform.patches).toHaveLength(1)
    expect(platform.gets).toEqual(['c1'])
    await engine.drain(0)
  })

  it('a value an agent commits during the lookup is kept and counted as a conflict', async () => {
    const platform = fakePlatform()
    const crm = tableLookup(new Map([['+1', map({ 'CRM.Id': '42', Tier: 'Gold' })]]))
    const lookup: Lookup = {
      find: (leg) => {
        // The agent's Commit lands after the event was read and before the enrichment PATCH.
        platform.state.attributes = map({ ...platform.state.attributes, Tier: 'Agent-Set' })
        return crm.find(leg)
      },
    }
    const metrics = createMetrics()
    const logged: Array<Record<string, unknown>> = []
    const engine = engineFor(platform.api, [], {
      lookup,
      metrics,
      log: (_level: string, msg: string, fields: Record<string, unknown> = {}) =>
        logged.push({ msg, ...fields }),
    })
    engine.offer('event', 'c1', platform.snapshot())
    await engine.idle()
    expect(platform.patches).toHaveLength(1)
    expect(platform.patches[0]?.Tier).toBeUndefined()
    expect({ ...platform.state.attributes }).toMatchObject({ Tier: 'Agent-Set', 'CRM.Id': '42' })
    expect((await metrics.conflicts.get()).values[0]?.value).toBe(1)
    expect(logged.find((l) => l.msg === 'enriched')).toMatchObject({ written: ['CRM.Id'], kept: ['Tier'] })
    await engine.drain(0)
  })

  it('two instances without --shard: one whose lookup ends after the other wrote does not write', async () => {
    const platform = fakePlatform()
    const crm = tableLookup(new Map([['+1', map({ 'CRM.Id': '42', Tier: 'Gold' })]]))
    let firstWrote: () => void = () => undefined
    const written = new Promise<void>((resolve) => (firstWrote = resolve))
    platform.onPatch.push((patch) => {
      platform.state.attributes = map({ ...platform.state.attributes, ...patch })
      firstWrote()
    })
    const slowLookup: Lookup = { find: async (leg) => (await written, crm.find(leg)) }
    const metrics = createMetrics()
    const first = engineFor(platform.api)
    const second = engineFor(platform.api, [], { lookup: slowLookup, metrics })
    // Both receive the same queue event, before either has written.
    second.offer('event', 'c1', platform.snapshot())
    first.offer('event', 'c1', platform.snapshot())
    await Promise.all([first.idle(), second.idle()])
    expect(platform.patches).toHaveLength(1)
    expect((await metrics.skipped.get()).values).toMatchObject([
      { labels: { reason: 'already-enriched' }, value: 1 },
    ])
    await Promise.all([first.drain(0), second.drain(0)])
  })

  it('after a 502 whose write landed it reads again, sees its marker, and does not write twice', async () => {
    const platform = fakePlatform()
    platform.onPatch.push((patch) => {
      platform.state.attributes = map({ ...platform.state.attributes, ...patch })
      throw new GenesysApiError({ kind: 'server', method: 'PATCH', path: '/x', status: 502 })
    })
    const engine = engineFor(platform.api)
    engine.offer('event', 'c1', platform.snapshot())
    await engine.idle()
    expect(platform.patches).toHaveLength(1)
    expect(platform.gets).toEqual(['c1', 'c1']) // the read before the PATCH, then the retry's read
    await engine.drain(0)
  }, 10_000)

  it('after a 502 that did not land, an IVR value written during the backoff is kept', async () => {
    const platform = fakePlatform()
    platform.onPatch.push(() => {
      platform.state.attributes = map({ Tier: 'Platinum-from-IVR' })
      throw new GenesysApiError({ kind: 'server', method: 'PATCH', path: '/x', status: 502 })
    })
    const engine = engineFor(platform.api)
    engine.offer('event', 'c1', platform.snapshot())
    await engine.idle()
    expect(platform.patches).toHaveLength(2)
    expect({ ...platform.state.attributes }).toMatchObject({ Tier: 'Platinum-from-IVR', 'CRM.Id': '42' })
    expect(platform.patches[1]?.Tier).toBeUndefined()
    await engine.drain(0)
  }, 10_000)

  it('a full backlog dead-letters instead of growing; a 403 dead-letters at once', async () => {
    const platform = fakePlatform()
    platform.api.patchAttributes = () =>
      Promise.reject(new GenesysApiError({ kind: 'forbidden', method: 'PATCH', path: '/x', status: 403 }))
    const dead: Array<{ kind: string }> = []
    const engine = engineFor(platform.api, dead, { maxBacklog: 1, concurrency: 1 })
    for (const id of ['a', 'b', 'c']) engine.offer('sweep', id)
    await engine.idle()
    expect(dead.map((d) => d.kind).sort()).toEqual(['backlog-full', 'backlog-full', 'forbidden'])
    await engine.drain(0)
  })

  it('a 429 pauses the shared budget for its Retry-After and the job is tried again', async () => {
    const platform = fakePlatform()
    platform.onPatch.push(() => {
      throw new GenesysApiError({
        kind: 'rate-limited',
        method: 'PATCH',
        path: '/x',
        status: 429,
        retryAfterSeconds: 0.2,
      })
    })
    const pauses: number[] = []
    const engine = engineFor(platform.api, [], { budget: { pauseFor: (ms: number) => pauses.push(ms) } })
    engine.offer('event', 'c1', platform.snapshot())
    await engine.idle()
    expect(pauses).toEqual([200])
    expect(platform.patches).toHaveLength(2)
    expect({ ...platform.state.attributes }).toMatchObject({ 'CRM.Id': '42' })
    await engine.drain(0)
  })
})
