import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { errorBodySchema } from '../../src/genesys/schemas.ts'
import { SEED } from '../seed.ts'
import { startEmulator } from '../server.ts'
import type { RunningEmulator } from '../server.ts'
import { admin, adminState, api, userToken } from '../test-support/http-client.ts'

let emu: RunningEmulator
let agent = ''
const liveCallPath = `/api/v2/conversations/${SEED.conversations.liveCall.id}`

beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
})
afterAll(() => emu.close())
beforeEach(async () => {
  await admin(emu.origin, '/reset')
  agent = await userToken(emu.origin, 'agent')
})

const addFault = async (body: unknown): Promise<Response> => {
  const response = await admin(emu.origin, '/faults', body)
  return response
}

describe('HTTP faults', () => {
  it('answers the next N matching requests with the given status, then behaves again', async () => {
    const created = await addFault({
      target: 'http',
      method: 'GET',
      path: '/api/v2/conversations/*',
      times: 2,
      fault: { type: 'status', status: 503 },
    })
    expect(created.status).toBe(201)
    const first = await api(emu.origin, agent, liveCallPath)
    expect(first.status).toBe(503)
    expect(errorBodySchema.parse(await first.json())).toMatchObject({ status: 503, code: 'injected.fault' })
    // Other methods and paths do not match.
    expect((await api(emu.origin, agent, '/api/v2/users/me')).status).toBe(200)
    expect((await api(emu.origin, agent, liveCallPath)).status).toBe(503)
    expect((await api(emu.origin, agent, liveCallPath)).status).toBe(200)
  })

  it('sends the given body and headers, e.g. a 429 with Retry-After, with CORS for the widget', async () => {
    await addFault({
      target: 'http',
      path: '/api/v2/**',
      fault: {
        type: 'status',
        status: 429,
        body: {
          message: 'Rate limit exceeded the maximum. Retry the request in [7] seconds',
          code: 'too.many.requests.retry.after',
          status: 429,
        },
        headers: { 'Retry-After': '7' },
      },
    })
    const response = await api(emu.origin, agent, '/api/v2/users/me', {
      headers: { Origin: 'http://127.0.0.1:5173' },
    })
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('7')
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173')
    expect(((await response.json()) as { message: string }).message).toContain('[7]')
  })

  it('sends malformed JSON and wrong-shape JSON', async () => {
    await addFault({ target: 'http', path: liveCallPath, fault: { type: 'malformed-json' } })
    await addFault({
      target: 'http',
      path: liveCallPath,
      fault: { type: 'wrong-shape', body: { participants: 'nope' } },
    })
    const malformed = await api(emu.origin, agent, liveCallPath)
    expect(malformed.status).toBe(200)
    await expect(malformed.json()).rejects.toThrow()
    const wrong = await api(emu.origin, agent, liveCallPath)
    expect(await wrong.json()).toEqual({ participants: 'nope' })
  })

  it('delays, then answers normally', async () => {
    await addFault({
      target: 'http',
      method: 'GET',
      path: '/api/v2/users/me',
      fault: { type: 'delay', ms: 150 },
    })
    const started = Date.now()
    const response = await api(emu.origin, agent, '/api/v2/users/me')
    expect(response.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('drops the TCP connection', async () => {
    await addFault({ target: 'http', path: '/api/v2/users/me', fault: { type: 'drop' } })
    await expect(api(emu.origin, agent, '/api/v2/users/me')).rejects.toThrow()
  })

  it('hangs until the client gives up', async () => {
    await addFault({ target: 'http', path: '/api/v2/users/me', fault: { type: 'hang' } })
    await expect(
      api(emu.origin, agent, '/api/v2/users/me', { signal: AbortSignal.timeout(200) }),
    ).rejects.toThrow(/abort|timeout/i)
  })

  it('applies to the token endpoint too, leaves preflights alone, and is listed then cleared', async () => {
    await addFault({ target: 'http', path: '/oauth/token', times: 5, fault: { type: 'status', status: 500 } })
    const preflight = await fetch(`${emu.origin}/oauth/token`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:5173' },
    })
    expect(preflight.status).toBe(204)
    expect((await fetch(`${emu.origin}/oauth/token`, { method: 'POST' })).status).toBe(500)
    const { faults } = await adminState(emu.origin)
    expect(faults).toEqual([expect.objectContaining({ path: '/oauth/token', remaining: 4 })])
    expect((await admin(emu.origin, '/faults', undefined, 'DELETE')).status).toBe(204)
    expect((await adminState(emu.origin)).faults).toEqual([])
  })

  it('refuses malformed fault bodies', async () => {
    expect((await addFault({ target: 'http', path: 'no-slash', fault: { type: 'hang' } })).status).toBe(400)
    expect((await addFault({ target: 'http', path: '/x', fault: { type: 'explode' } })).status).toBe(400)
    expect((await addFault({ target: 'socket', action: 'melt' })).status).toBe(400)
  })
})
