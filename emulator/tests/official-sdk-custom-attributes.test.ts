import { createRequire } from 'node:module'
import type * as PlatformClientModule from 'purecloud-platform-client-v2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CUSTOM_ATTRIBUTES_SEED } from '../seed-custom-attributes.ts'
import { SEED } from '../seed.ts'
import { startEmulator, type RunningEmulator } from '../server.ts'
import { admin } from '../test-support/http-client.ts'

/* The official SDK's custom-attributes calls against the emulator: reads, a PATCH with the version, a stale one. */

const platformClient = createRequire(import.meta.url)(
  'purecloud-platform-client-v2',
) as typeof PlatformClientModule

let emu: RunningEmulator
const conversationId = SEED.conversations.liveCall.id
const { schemaId, liveCallRecordId: recordId } = CUSTOM_ATTRIBUTES_SEED

beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
  const client = platformClient.ApiClient.instance
  client.setGateway({ host: '127.0.0.1', protocol: 'http', port: emu.port })
  await client.loginClientCredentialsGrant('service-local', 'service-local-secret')
})
afterAll(() => emu.close())

describe('purecloud-platform-client-v2 custom attributes against the emulator', () => {
  it('lists schemas, a schema version, its versions, core types and limits', async () => {
    const api = new platformClient.ConversationsApi()
    const listing = await api.getConversationsCustomattributesSchemas()
    expect(listing.entities?.map((s) => s.id)).toEqual([schemaId])
    const schema = await api.getConversationsCustomattributesSchema(schemaId)
    expect(schema.jsonSchema?.title).toBe('Billing dispute')
    expect(Object.keys(schema.jsonSchema?.properties ?? {})).toEqual([
      'campaignCode',
      'disputedAmount',
      'callbackRequested',
      'disputeReason',
      'followUpAt',
      'caseSummary',
    ])
    const versions = await api.getConversationsCustomattributesSchemaVersions(schemaId)
    expect(versions.entities?.map((v) => v.version)).toEqual([1])
    expect((await api.getConversationsCustomattributesSchemaVersion(schemaId, '1')).version).toBe(1)
    const coreTypes = await api.getConversationsCustomattributesSchemasCoretypes()
    expect(coreTypes.entities?.map((c) => c.name)).toContain('datetime')
    expect((await api.getConversationsCustomattributesSchemasCoretype('longtext')).name).toBe('longtext')
    const limits = await api.getConversationsCustomattributesSchemasLimits()
    expect(limits.maxNumberOfSchemasPerOrg).toBe(50)
  })

  it('reads the live call record, patches it with the read version, and refuses a stale version', async () => {
    const api = new platformClient.ConversationsApi()
    const listing = await api.getConversationCustomattributes(conversationId)
    const record = listing.results?.[0]
    expect(record).toMatchObject({ id: recordId, version: 1, schema: { id: schemaId, version: 1 } })
    expect(record?.customAttributes).toMatchObject({ disputedAmount: 129.9, disputeReason: 'wrong-amount' })

    await api.patchConversationCustomattributes(conversationId, {
      body: { id: recordId, version: 1, customAttributes: { disputedAmount: 64.95 as unknown as object } },
    })
    const after = await api.getConversationCustomattribute(conversationId, recordId)
    expect(after.version).toBe(2)
    expect(after.customAttributes).toMatchObject({ disputedAmount: 64.95, campaignCode: 'SPRING-24' })
    expect(after.customAttributesTimestamps?.disputedAmount).not.toBe(
      record?.customAttributesTimestamps?.disputedAmount,
    )

    const stale: unknown = await api
      .patchConversationCustomattributes(conversationId, {
        body: {
          id: recordId,
          version: 1,
          customAttributes: { callbackRequested: true as unknown as object },
        },
      })
      .catch((error: unknown) => error)
    expect(stale).toMatchObject({ status: 409, messageParams: { currentVersion: '2', sentVersion: '1' } })
    const unchanged = await api.getConversationCustomattribute(conversationId, recordId)
    expect(unchanged).toMatchObject({ version: 2, customAttributes: { callbackRequested: false } })
  })

  it('refuses a value of the wrong type with a 400 that names the field', async () => {
    const api = new platformClient.ConversationsApi()
    const failure: unknown = await api
      .patchConversationCustomattributes(conversationId, {
        body: { id: recordId, customAttributes: { disputedAmount: 'twelve' as unknown as object } },
      })
      .catch((error: unknown) => error)
    expect(failure).toMatchObject({ status: 400, messageParams: { field: 'disputedAmount', rule: 'type' } })
  })

  it('answers a stale version with the configured status', async () => {
    await admin(emu.origin, '/custom-attributes/settings', { staleVersionStatus: 412 })
    const api = new platformClient.ConversationsApi()
    const failure: unknown = await api
      .putConversationCustomattributes(conversationId, {
        body: { id: recordId, version: 0, customAttributes: { campaignCode: 'X' as unknown as object } },
      })
      .catch((error: unknown) => error)
    expect(failure).toMatchObject({ status: 412 })
  })
})
