import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { errorBodySchema } from '../../src/genesys/schemas.ts'
import { startEmulator } from '../server.ts'
import type { RunningEmulator } from '../server.ts'
import { api, userToken } from '../test-support/http-client.ts'
import { malformedRequest } from '../test-support/malformed-requests.ts'
import { rawJsonBody, seededRandom, sendRaw } from '../test-support/raw-http.ts'

/*
 * One malformed request used to end the emulator (and `npm start` with it). Every request, however broken,
 * gets an answer in the Genesys error shape and the next normal request still works.
 */

let emu: RunningEmulator
let token = ''
beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
  token = await userToken(emu.origin, 'agent')
})
afterAll(() => emu.close())

async function stillAnswers(): Promise<void> {
  expect((await api(emu.origin, token, '/api/v2/users/me')).status).toBe(200)
}

function expectGenesysError(text: string, status: number): void {
  expect(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1])).toBe(status)
  expect(text).toMatch(/\r\ncontent-type: application\/json/i)
  const body = errorBodySchema.parse(rawJsonBody(text))
  expect(body).toMatchObject({
    status,
    code: expect.any(String) as string,
    message: expect.any(String) as string,
  })
}

describe('requests the URL parser refuses', () => {
  it('answers GET //[ with a 400 in the Genesys error shape and keeps serving', async () => {
    const answer = await sendRaw(emu.port, 'GET //[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')
    expectGenesysError(answer.text, 400)
    await stillAnswers()
  })

  it('answers a WebSocket upgrade to //[ with a 400 and keeps serving', async () => {
    const upgrade = [
      'GET //[ HTTP/1.1',
      'Host: 127.0.0.1',
      'Connection: Upgrade',
      'Upgrade: websocket',
      'Sec-WebSocket-Version: 13',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      '',
      '',
    ].join('\r\n')
    expectGenesysError((await sendRaw(emu.port, upgrade)).text, 400)
    await stillAnswers()
  })

  it('refuses a broken handshake to a live channel with the Genesys body, then accepts a good one', async () => {
    const channel = (await (
      await api(emu.origin, token, '/api/v2/notifications/channels', { method: 'POST' })
    ).json()) as {
      id: string
    }
    const handshake = (key: string) =>
      [
        `GET /channels/${channel.id} HTTP/1.1`,
        'Host: 127.0.0.1',
        'Connection: Upgrade',
        'Upgrade: websocket',
        'Sec-WebSocket-Version: 13',
        `Sec-WebSocket-Key: ${key}`,
        '',
        '',
      ].join('\r\n')
    expectGenesysError((await sendRaw(emu.port, handshake('%%%'))).text, 400)
    const good = await sendRaw(emu.port, handshake('dGhlIHNhbXBsZSBub25jZQ=='), 300)
    expect(good.text).toMatch(/^HTTP\/1\.1 101 /)
  })

  it('answers a request line Node cannot parse with the Genesys body, not a bare 400', async () => {
    expectGenesysError((await sendRaw(emu.port, 'G ET / HTTP/1.1\r\n\r\n')).text, 400)
    expectGenesysError((await sendRaw(emu.port, 'GET / HTTP/1.1\r\nX Bad: 1\r\n\r\n')).text, 400)
    await stillAnswers()
  })

  it('treats a body cut off mid-way as the client’s fault, not an internal error', async () => {
    const errors = vi.spyOn(console, 'error')
    const cut =
      'POST /__admin/settings HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{"writeDelayMs":'
    expectGenesysError((await sendRaw(emu.port, cut)).text, 400)
    await stillAnswers()
    expect(errors.mock.calls.filter(([first]) => String(first).includes('unexpected error'))).toEqual([])
  })

  it('refuses Basic credentials that are not form-encoded as a bad client (401), not an internal error', async () => {
    const response = await fetch(`${emu.origin}/oauth/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from('service-local:%zz').toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error: 'invalid_client' })
  })
})

describe('fuzz: a few thousand malformed request lines, headers and bodies', () => {
  const count = 2_500
  const seed = 0x13_07

  it(`answers ${count} of them without a crash or a 500, and still serves a normal request (seed ${seed})`, async () => {
    const errors = vi.spyOn(console, 'error')
    const random = seededRandom(seed)
    const requests = Array.from({ length: count }, () => malformedRequest(random, token))
    const failures: string[] = []
    const tally = new Map<string, number>()
    const startedAt = Date.now()
    const inFlight = 16
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < requests.length) {
        const request = requests[next]
        next += 1
        if (!request) continue
        const answer = await sendRaw(emu.port, request.payload, 1_500)
        const outcome = answer.timedOut ? 'no answer in time' : String(answer.status ?? 'closed')
        tally.set(outcome, (tally.get(outcome) ?? 0) + 1)
        if (answer.status === 500) failures.push(`500 for ${JSON.stringify(request.payload.slice(0, 200))}`)
        const isOAuth = request.path.startsWith('/oauth') || request.path.startsWith('oauth')
        if (answer.status !== null && answer.status >= 400 && request.method !== 'HEAD' && !isOAuth) {
          const parsed = errorBodySchema.safeParse(rawJsonBody(answer.text))
          if (!parsed.success || parsed.data.status !== answer.status) {
            failures.push(
              `${answer.status} without a Genesys body for ${JSON.stringify(request.payload.slice(0, 200))}`,
            )
          }
        }
      }
    }
    await Promise.all(Array.from({ length: inFlight }, worker))
    expect(failures.slice(0, 10), JSON.stringify([...tally])).toEqual([])
    // Nothing reached the "our bug" path, even where no client was left to receive the 500.
    expect(errors.mock.calls.filter(([first]) => String(first).includes('[emulator]'))).toEqual([])
    // The fuzz must get past the parser too: a good share reaches routing and the handlers.
    const pastParser = [...tally].filter(([outcome]) => !['400', 'closed', '431'].includes(outcome))
    expect(pastParser.reduce((sum, [, n]) => sum + n, 0)).toBeGreaterThan(count / 5)
    // Settings the fuzz may have changed (rate limit, delays) go back to the start-up values.
    expect((await fetch(`${emu.origin}/__admin/reset`, { method: 'POST' })).status).toBe(200)
    token = await userToken(emu.origin, 'agent')
    await stillAnswers()
    expect(Date.now() - startedAt).toBeLessThan(60_000)
  }, 90_000)
})
