import { describe, expect, it } from 'vitest'
import { parseEnrichArgs } from '../../cli/enrich-args.ts'
import { createClientCredentialsTokenSource, renewalMarginMs } from '../../cli/client-credentials.ts'
import { UsageError } from '../../cli/enrich-core.ts'
import { resolveCredentials, resolveTarget } from '../../cli/enrich-target.ts'
import { GenesysApiError } from '../../src/genesys/errors.ts'

describe('resolveTarget', () => {
  it('defaults to the local emulator, or EMULATOR_ORIGIN', () => {
    expect(resolveTarget({}, {})).toMatchObject({ kind: 'emulator', apiOrigin: 'http://127.0.0.1:8700' })
    expect(resolveTarget({}, { EMULATOR_ORIGIN: 'http://127.0.0.1:9999/' }).apiOrigin).toBe(
      'http://127.0.0.1:9999',
    )
  })

  it('uses a region from the flag first, then the environment', () => {
    expect(resolveTarget({ region: 'eu-central-1' }, { GENESYS_REGION: 'us-east-1' })).toMatchObject({
      kind: 'region',
      apiOrigin: 'https://api.mypurecloud.de',
      loginOrigin: 'https://login.mypurecloud.de',
    })
    expect(resolveTarget({}, { GENESYS_REGION: 'ap-southeast-2' }).apiOrigin).toBe(
      'https://api.mypurecloud.com.au',
    )
    expect(
      resolveTarget({ emulatorOrigin: 'http://127.0.0.1:1234' }, { GENESYS_REGION: 'us-east-1' }).kind,
    ).toBe('emulator')
  })

  it('rejects unknown regions and non-http origins as usage errors', () => {
    expect(() => resolveTarget({ region: 'moon-1' }, {})).toThrow(
      /unknown region "moon-1"; known regions: us-east-1/,
    )
    expect(() => resolveTarget({ emulatorOrigin: 'ftp://x' }, {})).toThrow(UsageError)
  })
})

describe('resolveCredentials', () => {
  const emulator = resolveTarget({}, {})
  const region = resolveTarget({ region: 'us-east-1' }, {})

  it('takes id and secret from the environment', () => {
    expect(resolveCredentials(region, { GENESYS_CLIENT_ID: 'id', GENESYS_CLIENT_SECRET: 's' })).toEqual({
      clientId: 'id',
      clientSecret: 's',
    })
  })

  it('falls back to service-local only for the emulator', () => {
    expect(resolveCredentials(emulator, {}).clientId).toBe('service-local')
    expect(() => resolveCredentials(region, {})).toThrow('set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET')
    expect(() => resolveCredentials(emulator, { GENESYS_CLIENT_ID: 'only-id' })).toThrow(UsageError)
  })
})

describe('parseEnrichArgs', () => {
  it('reads repeatable --set and --expect, and defaults to the customer', () => {
    const args = parseEnrichArgs([
      '-c',
      'c1',
      '-s',
      'a=1',
      '--set',
      'b=2',
      '--expect',
      'a=0',
      '--dry-run',
      '--json',
    ])
    expect(args).toMatchObject({
      conversationId: 'c1',
      sets: ['a=1', 'b=2'],
      expects: ['a=0'],
      dryRun: true,
      json: true,
    })
    expect(args.participant).toEqual({ by: 'purpose', purpose: 'customer' })
  })

  it('refuses secrets as arguments, missing parts and contradictions', () => {
    expect(() => parseEnrichArgs(['-c', 'c1', '-s', 'a=1', '--client-secret', 'x'])).toThrow(UsageError)
    expect(() => parseEnrichArgs(['-s', 'a=1'])).toThrow('--conversation <id> is required')
    expect(() => parseEnrichArgs(['-c', 'c1'])).toThrow('nothing to write')
    expect(() => parseEnrichArgs(['-c', 'c1', '-s', 'a=1', '-p', 'p1', '--purpose', 'agent'])).toThrow(
      'not both',
    )
    expect(() => parseEnrichArgs(['-c', 'c1', '-s', 'a=1', '--max-wait', 'soon'])).toThrow('--max-wait')
  })
})

describe('client credentials token source', () => {
  function tokenServer(answers: Array<{ status: number; body: unknown }>) {
    const requests: Array<{ url: string; authorization: string | null; body: string }> = []
    const fetchStub = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      requests.push({
        url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        authorization: new Headers(init?.headers).get('authorization'),
        body: typeof init?.body === 'string' ? init.body : '',
      })
      const answer = answers.shift() ?? { status: 500, body: {} }
      return Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status }))
    }
    return { fetch: fetchStub, requests }
  }
  const token = (value: string, expiresIn = 3600) => ({
    status: 200,
    body: { access_token: value, token_type: 'bearer', expires_in: expiresIn },
  })

  it('sends Basic id:secret with grant_type=client_credentials, caches, and renews a minute early', async () => {
    let now = 0
    const server = tokenServer([token('t1'), token('t2')])
    const source = createClientCredentialsTokenSource({
      loginOrigin: 'https://login.test',
      clientId: 'id',
      clientSecret: 'secret',
      fetch: server.fetch,
      now: () => now,
    })
    expect(await source.getAccessToken()).toBe('t1')
    expect(server.requests[0]).toEqual({
      url: 'https://login.test/oauth/token',
      authorization: `Basic ${btoa('id:secret')}`,
      body: 'grant_type=client_credentials',
    })
    now = 3_600_000 - 60_001
    expect(await source.getAccessToken()).toBe('t1')
    now = 3_600_000 - 59_999
    expect(await source.getAccessToken()).toBe('t2')
    expect(source.fetchCount).toBe(2)
  })

  it('shares one request between concurrent callers, and renew() fetches a new token', async () => {
    const server = tokenServer([token('t1'), token('t2')])
    const source = createClientCredentialsTokenSource({
      loginOrigin: 'https://login.test',
      clientId: 'id',
      clientSecret: 's',
      fetch: server.fetch,
    })
    expect(await Promise.all([source.getAccessToken(), source.getAccessToken()])).toEqual(['t1', 't1'])
    expect(await source.renew()).toBe(true)
    expect(await source.getAccessToken()).toBe('t2')
    expect(server.requests).toHaveLength(2)
  })

  it('reports refused credentials as unauthorized without the secret', async () => {
    const server = tokenServer([
      { status: 401, body: { error: 'invalid_client', error_description: 'bad secret' } },
    ])
    const source = createClientCredentialsTokenSource({
      loginOrigin: 'https://login.test',
      clientId: 'id',
      clientSecret: 'very-secret',
      fetch: server.fetch,
    })
    const error = await source.getAccessToken().catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(GenesysApiError)
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401 })
    expect(String((error as Error).message)).toContain('invalid_client')
    expect(String((error as Error).message)).not.toContain('very-secret')
  })

  it('renews half-way for very short-lived tokens', () => {
    expect(renewalMarginMs(86_400)).toBe(60_000)
    expect(renewalMarginMs(60)).toBe(30_000)
  })
})
