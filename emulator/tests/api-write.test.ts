import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { conversationSchema, errorBodySchema } from '../../src/genesys/schemas.ts'
import { SEED } from '../seed.ts'
import { startEmulator } from '../server.ts'
import type { RunningEmulator } from '../server.ts'
import { admin, adminState, api, eventually, userToken } from '../test-support/http-client.ts'

// Long enough that the read straight after a 202 is stale even on a loaded machine.
const writeDelayMs = 300
let emu: RunningEmulator
let agent = ''
const { liveCall, agent2Call } = SEED.conversations
const attributesPath = `/api/v2/conversations/${liveCall.id}/participants/${liveCall.customerParticipantId}/attributes`
const callAttributesPath = `/api/v2/conversations/calls/${liveCall.id}/participants/${liveCall.customerParticipantId}/attributes`

beforeAll(async () => {
  emu = await startEmulator({
    port: 0,
    settings: {
      writeDelayMs,
      maxValueLength: 100,
      maxNameLength: 20,
      maxAttributesPerParticipant: 20,
      maxBodyBytes: 4_096,
    },
  })
})
afterAll(() => emu.close())
beforeEach(async () => {
  await admin(emu.origin, '/reset')
  agent = await userToken(emu.origin, 'agent')
})

const patch = (body: unknown, path = attributesPath, token = agent): Promise<Response> =>
  api(emu.origin, token, path, {
    method: 'PATCH',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

async function customerAttributes(): Promise<Record<string, string>> {
  const conversation = conversationSchema.parse(
    await (await api(emu.origin, agent, `/api/v2/conversations/${liveCall.id}`)).json(),
  )
  return { ...conversation.participants.find((p) => p.id === liveCall.customerParticipantId)?.attributes }
}

async function expectBadRequest(
  response: Response,
  status = 400,
): Promise<ReturnType<typeof errorBodySchema.parse>> {
  expect(response.status).toBe(status)
  const body = errorBodySchema.parse(await response.json())
  expect(body.status).toBe(status)
  expect(body.contextId).toBeTruthy()
  return body
}

describe('PATCH participant attributes', () => {
  it('answers 202 without a body, applies after the delay, and merges', async () => {
    const response = await patch({ attributes: { LoyaltyTier: 'Platinum', NewNote: 'called twice' } })
    expect(response.status).toBe(202)
    expect(await response.text()).toBe('')
    const stale = await customerAttributes()
    expect(stale.LoyaltyTier).toBe('Gold')
    await eventually(async () => {
      expect(await customerAttributes()).toMatchObject({
        LoyaltyTier: 'Platinum',
        NewNote: 'called twice',
        CustomerName: 'Maria Schneider',
      })
    })
  })

  it('answers the calls/ variant with 202 and the attributes', async () => {
    const response = await patch({ attributes: { IntentDetected: 'Cancellation' } }, callAttributesPath)
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({ attributes: { IntentDetected: 'Cancellation' } })
    const messagePath = `/api/v2/conversations/calls/${SEED.conversations.message.id}/participants/${SEED.conversations.message.customerParticipantId}/attributes`
    expect((await patch({ attributes: { a: 'b' } }, messagePath)).status).toBe(404)
  })

  it('stores "" as a value, and never deletes a name', async () => {
    await patch({ attributes: { CallbackNumber: '' } })
    await eventually(async () => {
      const attributes = await customerAttributes()
      expect(attributes).toHaveProperty('CallbackNumber', '')
      expect(Object.keys(attributes)).toContain('VerificationStatus')
    })
  })

  it.each([
    [{ attributes: { LoyaltyTier: 5 } }, 'LoyaltyTier'],
    [{ attributes: { Flag: true } }, 'Flag'],
    [{ attributes: { Gone: null } }, 'Gone'],
    [{ attributes: { Nested: { a: 'b' } } }, 'Nested'],
  ])('refuses non-string values %o naming the attribute', async (body, name) => {
    const error = await expectBadRequest(await patch(body))
    expect(error.message).toContain(name)
    expect(error.messageParams).toEqual({ name })
  })

  it('refuses bad JSON, a missing attributes map, and oversize names, values, counts and bodies', async () => {
    expect((await expectBadRequest(await patch('{"attributes": {'))).message).toMatch(/JSON/)
    await expectBadRequest(await patch({ other: {} }))
    await expectBadRequest(await patch({ attributes: ['a'] }))
    await expectBadRequest(await patch({ attributes: { ' ': 'blank name' } }))
    await expectBadRequest(await patch({ attributes: { ['N'.repeat(21)]: 'x' } }))
    await expectBadRequest(await patch({ attributes: { Long: 'v'.repeat(101) } }))
    const many = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`Extra${i}`, 'x']))
    const tooMany = await expectBadRequest(await patch({ attributes: many }))
    expect(tooMany.message).toContain('at most 20')
    const body = await expectBadRequest(await patch({ attributes: { Big: 'x'.repeat(5_000) } }), 413)
    expect(body.code).toBe('request.entity.too.large')
    // Refused writes are not even accepted: the log records acceptance, so it must be empty.
    expect((await adminState(emu.origin)).writeLog).toEqual([])
  })

  it('refuses a body that is not JSON with 415', async () => {
    const response = await api(emu.origin, agent, attributesPath, {
      method: 'PATCH',
      headers: { 'Content-Type': 'text/plain' },
      body: 'attributes=x',
    })
    await expectBadRequest(response, 415)
  })

  it('keeps "__proto__" as an ordinary attribute name', async () => {
    expect((await patch('{"attributes": {"__proto__": "plain value"}}')).status).toBe(202)
    await eventually(async () => {
      const raw = await (await api(emu.origin, agent, `/api/v2/conversations/${liveCall.id}`)).text()
      expect(raw).toContain('"__proto__":"plain value"')
    })
  })

  it('hides other agents’ participants with 404 and checks the participant id', async () => {
    const other = `/api/v2/conversations/${agent2Call.id}/participants/${agent2Call.customerParticipantId}/attributes`
    expect((await patch({ attributes: { a: 'b' } }, other)).status).toBe(404)
    const unknown = `/api/v2/conversations/${liveCall.id}/participants/nope/attributes`
    expect((await patch({ attributes: { a: 'b' } }, unknown)).status).toBe(404)
  })

  it('logs each accepted write once, with who, which names and when applied', async () => {
    await patch({ attributes: { A: '1', B: '2' } })
    await patch({ attributes: { A: '3' } })
    const pending = await adminState(emu.origin)
    expect(pending.writeLog.map((e) => e.appliedAt)).toEqual([null, null])
    await eventually(async () => {
      expect((await adminState(emu.origin)).writeLog.every((e) => e.appliedAt !== null)).toBe(true)
    })
    const { writeLog } = await adminState(emu.origin)
    expect(writeLog).toHaveLength(2)
    expect(writeLog[0]).toMatchObject({
      by: SEED.users.agent.id,
      source: 'api',
      names: ['A', 'B'],
      participantId: liveCall.customerParticipantId,
    })
    expect(writeLog.every((e) => e.appliedAt !== null)).toBe(true)
    expect((await customerAttributes()).A).toBe('3')
  })
})
