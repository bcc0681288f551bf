import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator } from '../server.ts'
import type { RunningEmulator } from '../server.ts'
import {
  admin,
  api,
  exchangeCode,
  pkcePair,
  submitLogin,
  widgetRedirect,
} from '../test-support/http-client.ts'

let emu: RunningEmulator
// The emulator's clock, moved forward by the tests that wait for an expiry instead of sleeping through it.
let clockAheadMs = 0
const passTime = (ms: number) => void (clockAheadMs += ms)
beforeAll(async () => {
  emu = await startEmulator({ port: 0, now: () => Date.now() + clockAheadMs })
})
afterAll(() => emu.close())
beforeEach(async () => {
  clockAheadMs = 0
  await admin(emu.origin, '/reset')
})

async function freshCode(): Promise<{ code: string; verifier: string }> {
  const { verifier, challenge } = pkcePair()
  const { location } = await submitLogin(emu.origin, { challenge })
  return { code: location.searchParams.get('code') ?? '', verifier }
}

function fields(code: string, verifier: string): Record<string, string> {
  return {
    grant_type: 'authorization_code',
    code,
    code_verifier: verifier,
    client_id: 'widget-local',
    redirect_uri: widgetRedirect,
  }
}

async function expectOAuthError(response: Response, status: number, error: string): Promise<void> {
  expect(response.status).toBe(status)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const body = (await response.json()) as { error: string; error_description?: string }
  expect(body.error).toBe(error)
  expect(body.error_description).toBeTruthy()
}

const basic = (id: string, secret: string): Record<string, string> => ({
  Authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
})

describe('authorization_code with PKCE', () => {
  it('issues a bearer token for the right verifier', async () => {
    const { code, verifier } = await freshCode()
    const response = await exchangeCode(emu.origin, fields(code, verifier))
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, unknown>
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 86400 })
    expect(body.access_token).toEqual(expect.any(String))
    expect(body).not.toHaveProperty('refresh_token')
  })

  it('rejects a wrong code_verifier with invalid_grant', async () => {
    const { code } = await freshCode()
    await expectOAuthError(
      await exchangeCode(emu.origin, fields(code, pkcePair().verifier)),
      400,
      'invalid_grant',
    )
  })

  it('rejects a reused code and revokes the token issued from it', async () => {
    const { code, verifier } = await freshCode()
    const first = (await (await exchangeCode(emu.origin, fields(code, verifier))).json()) as {
      access_token: string
    }
    expect((await api(emu.origin, first.access_token, '/api/v2/users/me')).status).toBe(200)
    await expectOAuthError(await exchangeCode(emu.origin, fields(code, verifier)), 400, 'invalid_grant')
    expect((await api(emu.origin, first.access_token, '/api/v2/users/me')).status).toBe(401)
  })

  it('rejects an expired code', async () => {
    await admin(emu.origin, '/settings', { codeLifetimeSeconds: 1 })
    const { code, verifier } = await freshCode()
    passTime(1_050)
    await expectOAuthError(await exchangeCode(emu.origin, fields(code, verifier)), 400, 'invalid_grant')
  })

  it('rejects a redirect_uri that differs from the authorization request', async () => {
    const { code, verifier } = await freshCode()
    const response = await exchangeCode(emu.origin, {
      ...fields(code, verifier),
      redirect_uri: 'http://localhost:5173/',
    })
    await expectOAuthError(response, 400, 'invalid_grant')
  })

  it('rejects a client_id that differs from the authorization request', async () => {
    const { code, verifier } = await freshCode()
    const other = await exchangeCode(emu.origin, {
      ...fields(code, verifier),
      client_id: 'widget-local-implicit',
    })
    await expectOAuthError(other, 400, 'invalid_grant')
    const asService = await exchangeCode(
      emu.origin,
      fields(code, verifier),
      basic('service-local', 'service-local-secret'),
    )
    await expectOAuthError(asService, 400, 'invalid_grant')
    const unknown = await exchangeCode(emu.origin, { ...fields(code, verifier), client_id: 'who-knows' })
    await expectOAuthError(unknown, 401, 'invalid_client')
    // Those attempts did not consume the code: it still works for its own client.
    expect((await exchangeCode(emu.origin, fields(code, verifier))).status).toBe(200)
  })

  it.each(['code', 'code_verifier', 'redirect_uri', 'client_id', 'grant_type'])(
    'requires %s',
    async (missing) => {
      const { code, verifier } = await freshCode()
      const body = fields(code, verifier)
      delete body[missing]
      await expectOAuthError(await exchangeCode(emu.origin, body), 400, 'invalid_request')
    },
  )

  it('rejects an unknown code with invalid_grant', async () => {
    await expectOAuthError(
      await exchangeCode(emu.origin, fields('no-such-code', pkcePair().verifier)),
      400,
      'invalid_grant',
    )
  })

  it('refuses a plain challenge at the authorize step, so no code exists for plain', async () => {
    const { verifier } = pkcePair()
    const response = await fetch(
      `${emu.origin}/oauth/authorize?${new URLSearchParams({
        client_id: 'widget-local',
        redirect_uri: widgetRedirect,
        response_type: 'code',
        code_challenge: verifier,
        code_challenge_method: 'plain',
      }).toString()}`,
      { redirect: 'manual' },
    )
    const location = new URL(response.headers.get('location') ?? '')
    expect(location.searchParams.get('error')).toBe('invalid_request')
    expect(location.searchParams.get('code')).toBeNull()
  })

  it('rejects a JSON body with invalid_request', async () => {
    const { code, verifier } = await freshCode()
    const response = await fetch(`${emu.origin}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(fields(code, verifier)),
    })
    await expectOAuthError(response, 400, 'invalid_request')
  })

  it('answers unsupported_grant_type for other grants', async () => {
    await expectOAuthError(
      await exchangeCode(emu.origin, { grant_type: 'password', username: 'a', password: 'b' }),
      400,
      'unsupported_grant_type',
    )
    await expectOAuthError(
      await exchangeCode(emu.origin, { grant_type: 'refresh_token', refresh_token: 'x' }),
      400,
      'unsupported_grant_type',
    )
  })

  it('allows the widget origin by CORS, including the preflight', async () => {
    const preflight = await fetch(`${emu.origin}/oauth/token`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    const { code, verifier } = await freshCode()
    const response = await exchangeCode(emu.origin, fields(code, verifier), {
      Origin: 'http://127.0.0.1:5173',
    })
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    const foreign = await exchangeCode(emu.origin, { grant_type: 'x' }, { Origin: 'http://evil.example' })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('client_credentials', () => {
  it('issues an org token for service-local with HTTP Basic', async () => {
    const response = await exchangeCode(
      emu.origin,
      { grant_type: 'client_credentials' },
      basic('service-local', 'service-local-secret'),
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ token_type: 'bearer', expires_in: 86400 })
  })

  it('answers 401 invalid_client with WWW-Authenticate for a wrong secret', async () => {
    const response = await exchangeCode(
      emu.origin,
      { grant_type: 'client_credentials' },
      basic('service-local', 'wrong'),
    )
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic/)
    await expectOAuthError(response, 401, 'invalid_client')
  })

  it('answers 401 invalid_client without Basic credentials or with malformed ones', async () => {
    await expectOAuthError(
      await exchangeCode(emu.origin, { grant_type: 'client_credentials' }),
      401,
      'invalid_client',
    )
    const secretInBody = {
      grant_type: 'client_credentials',
      client_id: 'service-local',
      client_secret: 'service-local-secret',
    }
    await expectOAuthError(await exchangeCode(emu.origin, secretInBody), 401, 'invalid_client')
    const malformed = await exchangeCode(
      emu.origin,
      { grant_type: 'client_credentials' },
      { Authorization: 'Basic !!!' },
    )
    await expectOAuthError(malformed, 401, 'invalid_client')
  })

  it('answers invalid_client for a public client presenting Basic credentials', async () => {
    const response = await exchangeCode(
      emu.origin,
      { grant_type: 'client_credentials' },
      basic('widget-local', ''),
    )
    await expectOAuthError(response, 401, 'invalid_client')
  })
})

describe('token lifetime', () => {
  it('expires tokens after tokenLifetimeSeconds', async () => {
    await admin(emu.origin, '/settings', { tokenLifetimeSeconds: 2 })
    const { code, verifier } = await freshCode()
    const body = (await (await exchangeCode(emu.origin, fields(code, verifier))).json()) as {
      access_token: string
      expires_in: number
    }
    expect(body.expires_in).toBe(2)
    expect((await api(emu.origin, body.access_token, '/api/v2/users/me')).status).toBe(200)
    passTime(2_050)
    const expired = await api(emu.origin, body.access_token, '/api/v2/users/me')
    expect(expired.status).toBe(401)
    expect(await expired.json()).toMatchObject({ code: 'bad.credentials', status: 401 })
  })
})
