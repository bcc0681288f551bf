import { createCustomAttributesClient } from '../../../genesys/custom-attributes-client.ts'
import { createRequester } from '../../../genesys/request.ts'
import type { FieldAccess, FieldAccessOf } from '../model/field-access.ts'

/*
 * Genesys Cloud's custom-attributes endpoints faked at the network (fetch): the widget's client, request function
 * and schemas run unchanged. One schema and one record; a PATCH with a stale version gets the 409 the emulator
 * sends by default.
 */

export const conversationId = 'c-1'
export const recordId = 'r-1'

const ref = (core: string) => ({ allOf: [{ $ref: `#/definitions/${core}` }] })
export const schema = {
  id: 's-1',
  version: 1,
  jsonSchema: {
    title: 'Billing dispute',
    required: ['campaignCode'],
    properties: {
      campaignCode: { ...ref('text'), title: 'Campaign code', maxLength: 20 },
      disputedAmount: { ...ref('number'), title: 'Disputed amount', minimum: 0 },
      callbackRequested: { ...ref('boolean'), title: 'Callback requested' },
      disputeReason: {
        ...ref('enum'),
        title: 'Dispute reason',
        enum: ['wrong-amount', 'duplicate-charge', 'fraud'],
        _enumProperties: {
          'wrong-amount': { title: 'Wrong amount' },
          'duplicate-charge': { title: 'Duplicate charge' },
          fraud: { title: 'Suspected fraud' },
        },
      },
    },
  },
}

export interface FakeApi {
  fetch: typeof fetch
  calls: Array<{ method: string; path: string; body: unknown }>
  record: { version: number; customAttributes: Record<string, unknown> }
  schemas: unknown[]
  /** Status for the record listing instead of 200 (e.g. 403). */
  listStatus: number
  /** Runs as a PATCH arrives, before the version check: another writer's change. */
  beforePatch: (() => void) | undefined
  /** The server applies a PATCH but its answer never comes back (a held answer, a reload under it). */
  holdPatchAnswer: boolean
}

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  })

export function createFakeApi(): FakeApi {
  const api: FakeApi = {
    calls: [],
    record: {
      version: 1,
      customAttributes: {
        campaignCode: 'SPRING-24',
        disputedAmount: 129.9,
        callbackRequested: false,
        disputeReason: 'wrong-amount',
      },
    },
    schemas: [schema],
    listStatus: 200,
    beforePatch: undefined,
    holdPatchAnswer: false,
    fetch: (input, init) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
      const method = init?.method ?? 'GET'
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
      api.calls.push({ method, path: url.pathname, body })
      const wire = () => ({ id: recordId, schema: { id: 's-1', version: 1 }, ...api.record })
      const records = `/api/v2/conversations/${conversationId}/customattributes`
      if (url.pathname === '/api/v2/conversations/customattributes/schemas')
        return Promise.resolve(json(200, { total: api.schemas.length, entities: api.schemas }))
      if (url.pathname === records && method === 'GET')
        return Promise.resolve(
          api.listStatus === 200
            ? json(200, { results: [wire()] })
            : json(api.listStatus, { status: api.listStatus }),
        )
      if (url.pathname === `${records}/${recordId}`) return Promise.resolve(json(200, wire()))
      if (url.pathname === records && method === 'PATCH') {
        api.beforePatch?.()
        api.beforePatch = undefined
        const patch = body as { version: number; customAttributes: Record<string, unknown> }
        if (patch.version !== api.record.version)
          return Promise.resolve(json(409, { code: 'conflict', status: 409 }))
        api.record = {
          version: api.record.version + 1,
          customAttributes: { ...api.record.customAttributes, ...patch.customAttributes },
        }
        return api.holdPatchAnswer ? new Promise<Response>(() => {}) : Promise.resolve(json(204))
      }
      return Promise.resolve(json(404, { code: 'not.found' }))
    },
  }
  return api
}

export function fakeClient(api: FakeApi) {
  return createCustomAttributesClient(
    createRequester({
      apiOrigin: 'https://api.test.invalid',
      getAccessToken: () => 'token',
      fetch: api.fetch,
    }),
  )
}

/**
 * The fake record with two fields an admin would protect, a card number and an internal note, beside the
 * schema's own: the policy, export, bulk and audit tests share it.
 */
export function createProtectedFieldsApi(
  values: { cardNumber: string; internalNote: string },
  maxLength: { cardNumber: number; internalNote: number } = { cardNumber: 60, internalNote: 60 },
): FakeApi {
  const api = createFakeApi()
  const text = (title: string, limit: number) => ({
    allOf: [{ $ref: '#/definitions/text' }],
    title,
    maxLength: limit,
  })
  api.schemas = [
    {
      ...schema,
      jsonSchema: {
        ...schema.jsonSchema,
        properties: {
          ...schema.jsonSchema.properties,
          cardNumber: text('Card number', maxLength.cardNumber),
          internalNote: text('Internal note', maxLength.internalNote),
        },
      },
    },
  ]
  api.record = { version: 1, customAttributes: { ...api.record.customAttributes, ...values } }
  return api
}

/** A policy by field key; names it does not list are editable. */
export const policyOf =
  (rules: Record<string, FieldAccess>): FieldAccessOf =>
  (name) =>
    rules[name] ?? 'editable'

/** What an agent gets in these tests: the card number masked, the note hidden, the campaign code read-only. */
export const agentPolicy = policyOf({
  cardNumber: 'masked',
  internalNote: 'hidden',
  campaignCode: 'read-only',
})
