import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { errorBodySchema } from '../../src/genesys/schemas.ts'
import { startEmulator } from '../server.ts'
import type { RunningEmulator } from '../server.ts'
import { admin, api, userToken } from '../test-support/http-client.ts'

let emu: RunningEmulator
const widgetOrigin = 'http://127.0.0.1:5173'

beforeAll(async () => {
  emu = await startEmulator({ port: 0, settings: { rateLimitPerMinute: 3 } })
})
afterAll(() => emu.close())
beforeEach(async () => void (await admin(emu.origin, '/reset')))

describe('per-token rate limit', () => {
  it('counts requests per token and answers the 4th with the Genesys 429', async () => {
    const token = await userToken(emu.origin)
    const counts: string[] = []
    for (let i = 0; i < 3; i += 1) {
      const ok = await api(emu.origin, token, '/api/v2/users/me')
      expect(ok.status).toBe(200)
      expect(ok.headers.get('inin-ratelimit-allowed')).toBe('3')
      expect(Number(ok.headers.get('inin-ratelimit-reset'))).toBeGreaterThan(0)
      counts.push(ok.headers.get('inin-ratelimit-count') ?? '')
    }
    expect(counts).toEqual(['1', '2', '3'])
    const limited = await api(emu.origin, token, '/api/v2/users/me')
    expect(limited.status).toBe(429)
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
    const body = errorBodySchema.parse(await limited.json())
    expect(body).toMatchObject({
      status: 429,
      code: 'too.many.requests.retry.after',
      message: `Rate limit exceeded the maximum. Retry the request in [${retryAfter}] seconds`,
    })
    // Another token (another sign-in) has its own window.
    expect((await api(emu.origin, await userToken(emu.origin, 'agent2'), '/api/v2/users/me')).status).toBe(
      200,
    )
  })
})

describe('CORS', () => {
  it('answers the widget origin’s preflight with the methods and headers a browser needs', async () => {
    const response = await fetch(`${emu.origin}/api/v2/conversations/x/participants/y/attributes`, {
      method: 'OPTIONS',
      headers: {
        Origin: widgetOrigin,
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(widgetOrigin)
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH')
    expect(response.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('does not allow other origins', async () => {
    const response = await fetch(`${emu.origin}/api/v2/users/me`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example' },
    })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('exposes the inin-ratelimit headers but not Retry-After by default, even on a 429', async () => {
    const token = await userToken(emu.origin)
    const init = { headers: { Origin: widgetOrigin } }
    const ok = await api(emu.origin, token, '/api/v2/users/me', init)
    const exposed = ok.headers.get('access-control-expose-headers') ?? ''
    expect(exposed).toContain('inin-ratelimit-count')
    expect(exposed).toContain('inin-ratelimit-allowed')
    expect(exposed).toContain('inin-ratelimit-reset')
    expect(exposed.toLowerCase()).not.toContain('retry-after')
    await api(emu.origin, token, '/api/v2/users/me', init)
    await api(emu.origin, token, '/api/v2/users/me', init)
    const limited = await api(emu.origin, token, '/api/v2/users/me', init)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('access-control-allow-origin')).toBe(widgetOrigin)
    expect(limited.headers.get('access-control-expose-headers')?.toLowerCase()).not.toContain('retry-after')
  })

  it('exposes Retry-After when settings.exposeRetryAfter is on', async () => {
    await admin(emu.origin, '/settings', { exposeRetryAfter: true })
    const token = await userToken(emu.origin)
    const response = await api(emu.origin, token, '/api/v2/users/me', { headers: { Origin: widgetOrigin } })
    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After')
  })

  it('lets any origin call the admin API', async () => {
    const response = await fetch(`${emu.origin}/__admin/state`, {
      headers: { Origin: 'http://anything.example' },
    })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })
})
