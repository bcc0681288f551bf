import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { main, type EnrichIo } from '../../cli/enrich.ts'
import { CUSTOM_ATTRIBUTES_SEED } from '../../emulator/seed-custom-attributes.ts'
import { SEED } from '../../emulator/seed.ts'
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts'
import { admin } from '../../emulator/test-support/http-client.ts'

/* `enrich --record … --set …` against the emulator: typed values, one PATCH with the read version as CAS. */

const conversationId = SEED.conversations.liveCall.id
const recordId = CUSTOM_ATTRIBUTES_SEED.liveCallRecordId
let emulator: RunningEmulator

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 })
})
afterAll(() => emulator.close())
beforeEach(() => admin(emulator.origin, '/reset'))

async function enrich(argv: string[], onFetch?: () => Promise<void>) {
  let stdout = ''
  let stderr = ''
  let patches = 0
  const io: EnrichIo = {
    env: { EMULATOR_ORIGIN: emulator.origin },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: () => Promise.reject(new Error('no files')),
    readStdin: () => Promise.resolve(''),
    fetch: async (input, init) => {
      if (init?.method === 'PATCH') {
        patches++
        await onFetch?.()
      }
      return fetch(input, init)
    },
  }
  const code = await main(['--conversation', conversationId, '--record', recordId, ...argv], io)
  return { code, stdout, stderr, patches }
}

const record = async () =>
  (
    (await (await fetch(`${emulator.origin}/__admin/custom-attributes`)).json()) as {
      records: Array<{ id: string; version: number; customAttributes: Record<string, unknown> }>
    }
  ).records.find((r) => r.id === recordId)

describe('enrich --record', () => {
  it('writes typed values (number, boolean, enum by title) in one PATCH over the version read', async () => {
    const run = await enrich([
      '--set',
      'disputedAmount=42.5',
      '--set',
      'callbackRequested=true',
      '--set',
      'disputeReason=Suspected fraud',
      '--set',
      'campaignCode=SPRING-24',
    ])
    expect(run).toMatchObject({ code: 0, patches: 1 })
    expect(run.stdout).toContain('disputedAmount: 129.9 -> 42.5')
    expect(run.stdout).not.toContain('campaignCode')
    expect(await record()).toMatchObject({
      version: 2,
      customAttributes: { disputedAmount: 42.5, callbackRequested: true, disputeReason: 'fraud' },
    })
  })

  it('refuses a value that does not fit the schema before sending anything (exit 64)', async () => {
    const run = await enrich(['--set', 'disputedAmount=12a'])
    expect(run).toMatchObject({ code: 64, patches: 0 })
    expect(run.stderr).toContain('disputedAmount must be a number.')
  })

  it('is a conflict (exit 2) when another writer changes the record between read and write', async () => {
    const run = await enrich(['--set', 'disputeReason=duplicate-charge'], async () => {
      await admin(emulator.origin, `/conversations/${conversationId}/customattributes`, {
        id: recordId,
        customAttributes: { caseSummary: 'CRM update' },
      })
    })
    expect(run).toMatchObject({ code: 2, patches: 1 })
    expect(run.stderr).toContain('conflict, the record changed after version 1 was read')
    expect(await record()).toMatchObject({ version: 2, customAttributes: { disputeReason: 'wrong-amount' } })
  })
})
