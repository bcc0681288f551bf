import { createAttributeMap } from './attribute-map.ts'
import { createGenesysClient, type GenesysClientOptions } from './client.ts'
import { GenesysApiError, isAmbiguousWriteFailure } from './errors.ts'
import { createFetchStub, type ScriptedAnswer } from './test-fetch-stub.ts'

const origin = 'https://api.example.test'
const token = 'secret-token-value'

function clientWith(answers: ScriptedAnswer[], options: Partial<GenesysClientOptions> = {}) {
  const stub = createFetchStub(answers)
  const client = createGenesysClient({
    apiOrigin: origin,
    getAccessToken: () => token,
    fetch: stub.fetch,
    ...options,
  })
  return { client, calls: stub.calls }
}

async function failureOf(promise: Promise<unknown>): Promise<GenesysApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof GenesysApiError)) throw new Error(`expected a GenesysApiError, got ${String(error)}`)
  return error
}

const conversation = {
  id: 'c1',
  participants: [
    { id: 'p1', purpose: 'customer', attributes: { crmId: '42' }, calls: [{ id: 'x', state: 'connected' }] },
  ],
}

describe('createGenesysClient', () => {
  it('reads a conversation with the bearer token and parses its participants', async () => {
    const { client, calls } = clientWith([{ status: 200, body: conversation }])
    const result = await client.getConversation('c1')
    expect(result.participants[0]?.attributes).toEqual({ crmId: '42' })
    expect(calls[0]).toMatchObject({ method: 'GET', url: `${origin}/api/v2/conversations/c1` })
    expect(calls[0]?.headers.authorization).toBe(`Bearer ${token}`)
  })

  it('encodes IDs into the path so they cannot change the route', async () => {
    const { client, calls } = clientWith([{ status: 202 }])
    await client.patchParticipantAttributes('a/../b?x', 'p 1#', createAttributeMap())
    expect(calls[0]?.url).toBe(
      `${origin}/api/v2/conversations/a%2F..%2Fb%3Fx/participants/p%201%23/attributes`,
    )
  })

  it('sends only the given attributes, and a __proto__ name survives as an ordinary name', async () => {
    const { client, calls } = clientWith([{ status: 202 }])
    const attributes = createAttributeMap([
      ['__proto__', 'polluted?'],
      ['tier', 'gold'],
    ])
    await client.patchParticipantAttributes('c1', 'p1', attributes)
    expect(calls[0]?.method).toBe('PATCH')
    expect(calls[0]?.headers['content-type']).toBe('application/json')
    expect(calls[0]?.body).toBe('{"attributes":{"__proto__":"polluted?","tier":"gold"}}')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('asks for the authorization expansion of the user only when wanted', async () => {
    const { client, calls } = clientWith([
      { status: 200, body: { id: 'u1' } },
      {
        status: 200,
        body: { id: 'u1', authorization: { permissions: ['conversation:participant:wrapup'] } },
      },
    ])
    await client.getMe()
    const me = await client.getMe({ expandAuthorization: true })
    expect(calls.map((call) => call.url)).toEqual([
      `${origin}/api/v2/users/me`,
      `${origin}/api/v2/users/me?expand=authorization`,
    ])
    expect(me.authorization?.permissions).toEqual(['conversation:participant:wrapup'])
  })

  it('lists active conversations from the listing entities', async () => {
    const { client } = clientWith([{ status: 200, body: { entities: [conversation], pageSize: 25 } }])
    expect((await client.listActiveConversations()).map((c) => c.id)).toEqual(['c1'])
  })

  it('creates a channel and subscribes with the SDK body shape', async () => {
    const { client, calls } = clientWith([
      { status: 200, body: { id: 'ch1', connectUri: 'wss://streaming.example.test/channels/ch1' } },
      { status: 200, body: { entities: [{ id: 'v2.users.u1.conversations' }] } },
    ])
    const channel = await client.createNotificationChannel()
    await client.subscribeToTopics(channel.id, ['v2.users.u1.conversations'])
    expect(calls[1]).toMatchObject({
      method: 'PUT',
      url: `${origin}/api/v2/notifications/channels/ch1/subscriptions`,
    })
    expect(calls[1]?.body).toBe('[{"id":"v2.users.u1.conversations"}]')
  })
})

describe('failures become GenesysApiError kinds', () => {
  it.each([
    [400, 'bad-request'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
  ] as const)('status %i → %s, with the server message and contextId', async (status, kind) => {
    const body = { message: 'Something specific', code: 'some.code', status, contextId: 'ctx-123' }
    const { client } = clientWith([{ status, body }])
    const error = await failureOf(client.getConversation('c1'))
    expect(error).toMatchObject({
      kind,
      status,
      code: 'some.code',
      contextId: 'ctx-123',
      messageFromServer: 'Something specific',
    })
    expect(error.message).toContain('ctx-123')
    expect(error.message).toContain('GET /api/v2/conversations/c1')
  })

  it('a 429 carries the wait from the header', async () => {
    const { client } = clientWith([
      { status: 429, body: { message: 'slow down' }, headers: { 'Retry-After': '7' } },
    ])
    expect(await failureOf(client.getConversation('c1'))).toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: 7,
    })
  })

  it('a 429 whose header CORS hides takes the wait from the message', async () => {
    const message = 'Rate limit exceeded the maximum. Retry the request in [42] seconds'
    const { client } = clientWith([{ status: 429, body: { message, code: 'too.many.requests.retry.after' } }])
    expect(await failureOf(client.getConversation('c1'))).toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: 42,
    })
  })

  it('a non-JSON error page still yields the kind from the status', async () => {
    const { client } = clientWith([{ status: 502, rawBody: '<html>Bad gateway</html>' }])
    expect(await failureOf(client.getConversation('c1'))).toMatchObject({ kind: 'server', status: 502 })
  })

  it('malformed JSON is reported as malformed-response naming the endpoint', async () => {
    const { client } = clientWith([{ status: 200, rawBody: '{"id": "c1", "participants": [' }])
    const error = await failureOf(client.getConversation('c1'))
    expect(error.kind).toBe('malformed-response')
    expect(error.message).toContain('GET /api/v2/conversations/c1')
    expect(error.message).toContain('not JSON')
  })

  it('a part of the body that cannot be read is left out and listed, the rest is kept', async () => {
    const odd = {
      id: 'c1',
      participants: [
        { id: 'p1', purpose: 'customer', attributes: { tier: 7, name: 'Dana' } },
        { id: 'p2', purpose: 'agent', name: null, queueId: null },
        'not a participant',
      ],
    }
    const { client } = clientWith([{ status: 200, body: odd }])
    const conversation = await client.getConversation('c1')
    expect(conversation.participants.map((p) => [p.id, { ...p.attributes }])).toEqual([
      ['p1', { name: 'Dana' }],
      ['p2', {}],
    ])
    expect(Object.keys(conversation.participants[1] ?? {}).sort()).toEqual(['attributes', 'id', 'purpose'])
    expect(conversation.problems?.map((p) => p.path)).toEqual([
      'participants[0].attributes.tier',
      'participants[2]',
    ])
  })

  it('a body that cannot be read at all is reported with what was expected, not a bare "Invalid input"', async () => {
    const { client } = clientWith([{ status: 200, body: { participants: [] } }])
    const error = await failureOf(client.getConversation('c1'))
    expect(error.kind).toBe('malformed-response')
    expect(error.message).toContain('the conversation cannot be read: has no id')
  })

  it('a thrown fetch is a network error, and on a write it is ambiguous', async () => {
    const { client } = clientWith([{ throws: new TypeError('Failed to fetch') }])
    const error = await failureOf(
      client.patchParticipantAttributes('c1', 'p1', createAttributeMap([['a', 'b']])),
    )
    expect(error.kind).toBe('network')
    expect(isAmbiguousWriteFailure(error)).toBe(true)
  })

  it('a hanging request becomes a timeout', async () => {
    const { client } = clientWith([{ hang: true }], { timeoutMs: 30 })
    expect(await failureOf(client.getConversation('c1'))).toMatchObject({ kind: 'timeout', method: 'GET' })
  })

  it("a caller's abort is passed through as an abort, not as a Genesys failure", async () => {
    const { client } = clientWith([{ hang: true }])
    const controller = new AbortController()
    const pending = client.getConversation('c1', { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('never puts the token into an error message', async () => {
    const { client } = clientWith([{ status: 401, body: { message: 'Invalid login credentials.' } }])
    const error = await failureOf(client.getConversation('c1'))
    expect(error.kind).toBe('unauthorized')
    expect(`${error.message} ${String(error.stack)}`).not.toContain(token)
  })
})

describe('401 handling', () => {
  it('re-authenticates once and repeats the request with the new token', async () => {
    let current = 'old-token'
    const onUnauthorized = vi.fn(() => {
      current = 'new-token'
      return Promise.resolve(true)
    })
    const { client, calls } = clientWith([{ status: 401 }, { status: 200, body: conversation }], {
      getAccessToken: () => current,
      onUnauthorized,
    })
    await expect(client.getConversation('c1')).resolves.toMatchObject({ id: 'c1' })
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
    expect(calls.map((call) => call.headers.authorization)).toEqual(['Bearer old-token', 'Bearer new-token'])
  })

  it('a second 401 is final: kind unauthorized, no third request', async () => {
    const onUnauthorized = vi.fn(() => Promise.resolve(true))
    const { client, calls } = clientWith([{ status: 401 }, { status: 401 }], { onUnauthorized })
    expect((await failureOf(client.getConversation('c1'))).kind).toBe('unauthorized')
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
    expect(calls).toHaveLength(2)
  })

  it('when re-authentication fails the 401 is reported without repeating', async () => {
    const { client, calls } = clientWith([{ status: 401 }], { onUnauthorized: () => Promise.resolve(false) })
    expect((await failureOf(client.getConversation('c1'))).kind).toBe('unauthorized')
    expect(calls).toHaveLength(1)
  })

  it('reports rate-limit headers to the caller', async () => {
    const onRateLimitInfo = vi.fn()
    const { client } = clientWith(
      [
        {
          status: 200,
          body: conversation,
          headers: { 'inin-ratelimit-count': '12', 'inin-ratelimit-allowed': '300' },
        },
      ],
      { onRateLimitInfo },
    )
    await client.getConversation('c1')
    expect(onRateLimitInfo).toHaveBeenCalledWith({ count: 12, allowed: 300 })
  })
})
