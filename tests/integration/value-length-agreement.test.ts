import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEED } from '../../emulator/seed.ts'
import { startEmulator } from '../../emulator/server.ts'
import type { RunningEmulator } from '../../emulator/server.ts'
import { api, userToken } from '../../emulator/test-support/http-client.ts'
import { hasErrors, validateValue } from '../../src/features/attributes/model/validation.ts'

/*
 * The widget and the server must draw the value-length line in the same place: a value the widget lets through
 * must not be refused on commit, and the other way round. Genesys counts a JSON string's length (UTF-16 code
 * units), so an emoji counts 2 on both sides.
 */

const limit = 10
let emu: RunningEmulator
let token = ''
const { liveCall } = SEED.conversations
const path = `/api/v2/conversations/${liveCall.id}/participants/${liveCall.customerParticipantId}/attributes`

beforeAll(async () => {
  emu = await startEmulator({ port: 0, settings: { maxValueLength: limit, writeDelayMs: 0 } })
  token = await userToken(emu.origin, 'agent')
})
afterAll(() => emu.close())

const values = {
  'five emoji (10 units, at the limit)': '😀'.repeat(5),
  'five emoji and a letter (11 units)': `${'😀'.repeat(5)}x`,
  'ten emoji (20 units, 10 code points)': '😀'.repeat(10),
  'ten letters': 'x'.repeat(10),
  'a letter with a combining accent, five times (10 units)': 'e\u0301'.repeat(5),
}

describe('value length, widget and emulator', () => {
  it.each(Object.entries(values))('agree on %s', async (_, value) => {
    const response = await api(emu.origin, token, path, {
      method: 'PATCH',
      body: JSON.stringify({ attributes: { Note: value } }),
    })
    const widgetAccepts = !hasErrors(
      validateValue(value, { maxValueLength: limit, maxNameLength: 256, maxAttributes: 50 }),
    )
    expect({ server: response.status, widgetAccepts }).toEqual({
      server: value.length <= limit ? 202 : 400,
      widgetAccepts: value.length <= limit,
    })
  })
})
