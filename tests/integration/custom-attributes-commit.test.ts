import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CUSTOM_ATTRIBUTES_SEED } from '../../emulator/seed-custom-attributes.ts'
import { SEED } from '../../emulator/seed.ts'
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts'
import { admin, userToken } from '../../emulator/test-support/http-client.ts'
import { commitRecord, type CommitDeps } from '../../src/features/custom-attributes/api/commit-record.ts'
import {
  recordKeyOf,
  reduceRecordEdits,
  type RecordEditAction,
  type RecordEditsState,
} from '../../src/features/custom-attributes/model/record-edits.ts'
import { createCustomAttributesClient } from '../../src/genesys/custom-attributes-client.ts'
import { createRequester } from '../../src/genesys/request.ts'

/*
 * The commit path (read fresh, one PATCH with the read version, settle refusals by reading) with the widget's
 * client against the real emulator; other writers and faults come from its admin API.
 */

const conversationId = SEED.conversations.liveCall.id
const recordId = CUSTOM_ATTRIBUTES_SEED.liveCallRecordId
const key = recordKeyOf(conversationId, recordId)
let emulator: RunningEmulator

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 })
})
afterAll(() => emulator.close())
beforeEach(() => admin(emulator.origin, '/reset'))

async function setUp() {
  const token = await userToken(emulator.origin, 'agent')
  const client = createCustomAttributesClient(
    createRequester({ apiOrigin: emulator.origin, getAccessToken: () => token }),
  )
  const [record] = await client.listRecords(conversationId)
  if (!record) throw new Error('seeded record missing')
  let state: RecordEditsState = Object.create(null) as RecordEditsState
  const dispatch = (action: RecordEditAction) => void (state = reduceRecordEdits(state, action))
  const stage = (field: string, value: string | number | boolean) =>
    dispatch({
      type: 'stage',
      key,
      field,
      value,
      server: record.customAttributes,
      version: record.version,
      at: 1,
    })
  const deps: CommitDeps = {
    client,
    conversationId,
    recordId,
    key,
    readEdits: () => state[key],
    dispatch,
    onRead: () => undefined,
  }
  const otherWriter = (customAttributes: Record<string, unknown>) =>
    admin(emulator.origin, `/conversations/${conversationId}/customattributes`, {
      id: recordId,
      customAttributes,
    })
  const writeLog = async () =>
    (
      (await (await fetch(`${emulator.origin}/__admin/custom-attributes`)).json()) as {
        writeLog: Array<{ by: string; versionSent?: number; outcome: string; names: string[] }>
      }
    ).writeLog.filter((w) => w.by === SEED.users.agent.id)
  return { client, stage, deps, otherWriter, writeLog, edits: () => state[key] }
}

describe('commitRecord against the emulator', () => {
  it('sends one PATCH with only the staged fields and the version read', async () => {
    const { stage, deps, writeLog, edits } = await setUp()
    stage('disputedAmount', 10)
    stage('callbackRequested', true)
    expect(await commitRecord(deps)).toMatchObject({ kind: 'committed', count: 2, record: { version: 2 } })
    expect(await writeLog()).toEqual([
      expect.objectContaining({
        versionSent: 1,
        outcome: 'applied',
        names: ['disputedAmount', 'callbackRequested'],
      }),
    ])
    expect(edits()).toBeUndefined()
  })

  it('finds another writer’s change to a staged field on the read before writing, and sends nothing', async () => {
    const { stage, deps, otherWriter, writeLog } = await setUp()
    stage('disputeReason', 'duplicate-charge')
    await otherWriter({ disputeReason: 'fraud' })
    expect(await commitRecord(deps)).toMatchObject({
      kind: 'conflict',
      refused: false,
      record: { version: 2 },
    })
    expect(await writeLog()).toEqual([])
  })

  it('rests the edits on the newer version when the other writer changed other fields', async () => {
    const { stage, deps, otherWriter, writeLog } = await setUp()
    stage('disputedAmount', 10)
    await otherWriter({ caseSummary: 'Updated by the CRM' })
    expect(await commitRecord(deps)).toMatchObject({ kind: 'committed', record: { version: 3 } })
    expect((await writeLog()).map((w) => w.versionSent)).toEqual([2])
  })

  it('answers a 412 refusal like a 409 (the platform’s status is undocumented)', async () => {
    const { stage, deps, otherWriter, writeLog } = await setUp()
    await admin(emulator.origin, '/custom-attributes/settings', { staleVersionStatus: 412 })
    stage('disputeReason', 'duplicate-charge')
    let reads = 0
    // Another writer lands between the widget's fresh read and its PATCH.
    const outcome = await commitRecord({
      ...deps,
      onRead: async () => {
        if (reads++ === 0) await otherWriter({ disputeReason: 'fraud' })
      },
    })
    expect(outcome).toMatchObject({ kind: 'conflict', refused: true, record: { version: 2 } })
    expect((await writeLog()).map((w) => [w.versionSent, w.outcome])).toEqual([[1, 'stale']])
  })

  it('settles a lost answer by reading: a 503 whose write did not land keeps the edits (uncertain), never resent', async () => {
    const { stage, deps, writeLog, edits } = await setUp()
    stage('disputedAmount', 10)
    await admin(emulator.origin, '/faults', {
      target: 'http',
      method: 'PATCH',
      path: '/api/v2/conversations/*/customattributes',
      fault: { type: 'status', status: 503 },
    })
    expect(await commitRecord(deps)).toMatchObject({ kind: 'uncertain' })
    expect(await writeLog()).toEqual([])
    expect(edits()?.edits.disputedAmount?.value).toBe(10)
  })

  it('sends nothing when a staged field is one the attribute policy does not let this user write', async () => {
    const { stage, deps, writeLog, edits } = await setUp()
    stage('disputedAmount', 10)
    stage('caseSummary', 'staged before the policy applied')
    const outcome = await commitRecord({ ...deps, mayWrite: (field) => field !== 'caseSummary' })
    expect(outcome).toEqual({ kind: 'not-writable', fields: ['caseSummary'] })
    expect(await writeLog()).toEqual([])
    // Kept, so the user can see what was blocked and drop it; the editable one was not sent on its own either.
    expect(Object.keys(edits()?.edits ?? {})).toEqual(['disputedAmount', 'caseSummary'])
  })
})
