import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { SEED } from '../../emulator/seed.ts'
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts'
import { admin, adminState, serviceToken, sleep, userToken } from '../../emulator/test-support/http-client.ts'
import { createAttributeMap } from '../../src/genesys/attribute-map.ts'
import {
  createGenesysClient,
  type GenesysClient,
  type GenesysClientOptions,
} from '../../src/genesys/client.ts'
import { GenesysApiError, isAmbiguousWriteFailure } from '../../src/genesys/errors.ts'

/*
 * The client against the real emulator over HTTP: the same requests the widget and the enrichment tool send.
 * Faults come from the emulator's admin API, so the errors below are what a server really produced.
 */

const live = SEED.conversations.liveCall
let emulator: RunningEmulator

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, settings: { writeDelayMs: 50 } })
})
afterAll(() => emulator.close())
beforeEach(async () => {
  await admin(emulator.origin, '/reset')
  await admin(emulator.origin, '/settings', { writeDelayMs: 50 })
})

async function serviceClient(options: Partial<GenesysClientOptions> = {}): Promise<GenesysClient> {
  const token = await serviceToken(emulator.origin)
  return createGenesysClient({ apiOrigin: emulator.origin, getAccessToken: () => token, ...options })
}

async function failureOf(promise: Promise<unknown>): Promise<GenesysApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof GenesysApiError)) throw new Error(`expected a GenesysApiError, got ${String(error)}`)
  return error
}

async function customerAttributes(): Promise<Record<string, string>> {
  const state = await adminState(emulator.origin)
  const conversation = state.conversations.find((c) => c.id === live.id)
  return conversation?.participants.find((p) => p.id === live.customerParticipantId)?.attributes ?? {}
}

describe('Genesys client against the emulator', () => {
  it('reads the live call with its participants', async () => {
    const client = await serviceClient()
    const conversation = await client.getConversation(live.id)
    const customer = conversation.participants.find((p) => p.id === live.customerParticipantId)
    expect(customer?.purpose).toBe('customer')
    expect(customer?.attributes.LoyaltyTier).toBe('Gold')
  })

  it('reads the signed-in user and their active conversations with a user token', async () => {
    const token = await userToken(emulator.origin, 'agent')
    const client = createGenesysClient({ apiOrigin: emulator.origin, getAccessToken: () => token })
    const me = await client.getMe({ expandAuthorization: true })
    expect(me.id).toBe(SEED.users.agent.id)
    const active = await client.listActiveConversations()
    expect(active.map((c) => c.id)).toContain(live.id)
    expect(active.map((c) => c.id)).not.toContain(SEED.conversations.endedCall.id)
  })

  it('writes only the names sent (merge), and the write lands after the 202', async () => {
    const client = await serviceClient()
    const patch = createAttributeMap([
      ['LoyaltyTier', 'Platinum'],
      ['__proto__', 'kept as data'],
    ])
    await client.patchParticipantAttributes(live.id, live.customerParticipantId, patch)
    const state = await adminState(emulator.origin)
    expect(state.writeLog.at(-1)).toMatchObject({ names: ['LoyaltyTier', '__proto__'], by: 'service-local' })
    await sleep(120)
    const attributes = await customerAttributes()
    expect(attributes.LoyaltyTier).toBe('Platinum')
    expect(Object.getOwnPropertyDescriptor(attributes, '__proto__')?.value).toBe('kept as data')
    expect(attributes.CustomerName).toBe('Maria Schneider')
    const reread = await client.getConversation(live.id)
    const customer = reread.participants.find((p) => p.id === live.customerParticipantId)
    expect(customer && Object.keys(customer.attributes)).toContain('__proto__')
  })

  it('a missing conversation is not-found with the contextId of the server', async () => {
    const client = await serviceClient()
    const error = await failureOf(client.getConversation('00000000-0000-4000-8000-000000000000'))
    expect(error).toMatchObject({ kind: 'not-found', status: 404 })
    expect(error.contextId).toMatch(/.+/)
    expect(error.message).toContain(error.contextId)
  })

  it('a 429 whose Retry-After CORS hides still tells the wait (from the message)', async () => {
    const client = await serviceClient()
    const message = 'Rate limit exceeded the maximum. Retry the request in [3] seconds'
    await admin(emulator.origin, '/faults', {
      target: 'http',
      path: `/api/v2/conversations/${live.id}`,
      fault: {
        type: 'status',
        status: 429,
        body: { message, code: 'too.many.requests.retry.after', status: 429 },
      },
    })
    expect(await failureOf(client.getConversation(live.id))).toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: 3,
    })
  })

  it('the emulator rate limiter answers 429 with the wait and the inin-ratelimit headers', async () => {
    await admin(emulator.origin, '/settings', { rateLimitPerMinute: 2 })
    const seen: Array<{ count?: number; allowed?: number }> = []
    const client = await serviceClient({ onRateLimitInfo: (info) => seen.push(info) })
    await client.getConversation(live.id)
    await client.getConversation(live.id)
    const error = await failureOf(client.getConversation(live.id))
    expect(error.kind).toBe('rate-limited')
    expect(error.retryAfterSeconds).toBeGreaterThan(0)
    expect(seen[0]).toMatchObject({ allowed: 2 })
  })

  it.each([
    ['malformed-json', { type: 'malformed-json' }, 'malformed-response'],
    ['wrong-shape', { type: 'wrong-shape' }, 'malformed-response'],
    ['503', { type: 'status', status: 503 }, 'server'],
    ['403', { type: 'status', status: 403 }, 'forbidden'],
    ['a dropped connection', { type: 'drop' }, 'network'],
  ] as const)('%s on a read becomes kind %s', async (_name, fault, kind) => {
    const client = await serviceClient()
    await admin(emulator.origin, '/faults', {
      target: 'http',
      method: 'GET',
      path: '/api/v2/conversations/*',
      fault,
    })
    const error = await failureOf(client.getConversation(live.id))
    expect(error.kind).toBe(kind)
    expect(error.message).toContain(`GET /api/v2/conversations/${live.id}`)
  })

  it('a hanging write times out and is flagged ambiguous, and is not resent', async () => {
    const client = await serviceClient({ timeoutMs: 200 })
    await admin(emulator.origin, '/faults', {
      target: 'http',
      method: 'PATCH',
      path: '/api/v2/conversations/**',
      fault: { type: 'hang' },
    })
    const error = await failureOf(
      client.patchParticipantAttributes(
        live.id,
        live.customerParticipantId,
        createAttributeMap([['A', 'b']]),
      ),
    )
    expect(error.kind).toBe('timeout')
    expect(isAmbiguousWriteFailure(error)).toBe(true)
    expect((await adminState(emulator.origin)).writeLog).toHaveLength(0)
  })

  it('a revoked token triggers one re-authentication and the request succeeds', async () => {
    let token = await serviceToken(emulator.origin)
    const onUnauthorized = vi.fn(async () => {
      token = await serviceToken(emulator.origin)
      return true
    })
    const client = createGenesysClient({
      apiOrigin: emulator.origin,
      getAccessToken: () => token,
      onUnauthorized,
    })
    await admin(emulator.origin, '/tokens/revoke', { clientId: 'service-local' })
    await expect(client.getConversation(live.id)).resolves.toMatchObject({ id: live.id })
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('creates a notification channel and subscribes to the user topic', async () => {
    const token = await userToken(emulator.origin, 'agent')
    const client = createGenesysClient({ apiOrigin: emulator.origin, getAccessToken: () => token })
    const channel = await client.createNotificationChannel()
    expect(channel.connectUri).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/channels\//)
    await client.subscribeToTopics(channel.id, [`v2.users.${SEED.users.agent.id}.conversations`])
    const state = await adminState(emulator.origin)
    expect(state.channels.find((c) => c.id === channel.id)?.topics).toEqual([
      `v2.users.${SEED.users.agent.id}.conversations`,
    ])
    const error = await failureOf(client.subscribeToTopics('no-such-channel', []))
    expect(error.kind).toBe('not-found')
  })
})
