import { SEED } from './seed.ts'

/*
 * The seeded conversation data schema and the record the live call carries. One field of each kind the widget
 * edits: text (required, bounded), number, boolean, enum, date-time and a long text. Property shape: see
 * src/genesys/custom-attribute-fields.ts (assumed from Genesys's other data schemas).
 */

export const CUSTOM_ATTRIBUTES_SEED = {
  schemaId: '7a9d3c11-4e2b-4f6a-8c1d-00000000f001',
  liveCallRecordId: '7a9d3c11-4e2b-4f6a-8c1d-00000000f101',
} as const

const ref = (core: string) => ({ allOf: [{ $ref: `#/definitions/${core}` }] })

export const seededSchemaDocument = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  title: 'Billing dispute',
  description: 'What the caller disputes and how we follow up; one record per conversation.',
  required: ['campaignCode'],
  properties: {
    campaignCode: { ...ref('text'), title: 'Campaign code', minLength: 1, maxLength: 20 },
    disputedAmount: { ...ref('number'), title: 'Disputed amount', minimum: 0, maximum: 100000 },
    callbackRequested: { ...ref('boolean'), title: 'Callback requested' },
    disputeReason: {
      ...ref('enum'),
      title: 'Dispute reason',
      enum: ['duplicate-charge', 'wrong-amount', 'not-received', 'fraud'],
      _enumProperties: {
        'duplicate-charge': { title: 'Duplicate charge' },
        'wrong-amount': { title: 'Wrong amount' },
        'not-received': { title: 'Goods not received' },
        fraud: { title: 'Suspected fraud' },
      },
    },
    followUpAt: { ...ref('datetime'), title: 'Follow-up at' },
    caseSummary: { ...ref('longtext'), title: 'Case summary', maxLength: 2000 },
  },
}

export function seededLiveCallValues(now: Date): Record<string, unknown> {
  const tomorrow = new Date(now.getTime() + 24 * 3_600_000)
  tomorrow.setUTCHours(9, 30, 0, 0)
  return {
    campaignCode: 'SPRING-24',
    disputedAmount: 129.9,
    callbackRequested: false,
    disputeReason: 'wrong-amount',
    followUpAt: tomorrow.toISOString(),
    caseSummary:
      'Customer says order A-100482 was charged 129.90 USD twice. The IVR verified DOB and PIN before transfer.',
  }
}

export const seededRecordConversationId = SEED.conversations.liveCall.id
