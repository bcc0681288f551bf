/*
 * The seeded scenario (POST /__admin/reset returns to it). Ids are fixed and UUID-shaped so tests and docs can name
 * them; times are relative to the moment of the reset so "live" stays live.
 */

export const SEED = {
  users: {
    agent: { id: '8f2c1a4e-1b7d-4c3a-9e51-00000000a001', email: 'agent@example.com', name: 'Alex Morgan' },
    agent2: { id: '8f2c1a4e-1b7d-4c3a-9e51-00000000a002', email: 'agent2@example.com', name: 'Sam Rivera' },
    supervisor: {
      id: '8f2c1a4e-1b7d-4c3a-9e51-00000000a003',
      email: 'supervisor@example.com',
      name: 'Jordan Lee',
    },
  },
  queues: {
    customerCare: { id: '3b7e9d20-5c1a-4f8e-b2d4-00000000b001', name: 'Customer Care' },
    billing: { id: '3b7e9d20-5c1a-4f8e-b2d4-00000000b002', name: 'Billing' },
  },
  conversations: {
    liveCall: {
      id: '5e1f0c2a-7d43-4b8e-a6f1-00000000c001',
      customerParticipantId: '5e1f0c2a-7d43-4b8e-a6f1-0000000c0011',
      ivrParticipantId: '5e1f0c2a-7d43-4b8e-a6f1-0000000c0012',
      acdParticipantId: '5e1f0c2a-7d43-4b8e-a6f1-0000000c0013',
      agentParticipantId: '5e1f0c2a-7d43-4b8e-a6f1-0000000c0014',
    },
    message: {
      id: '5e1f0c2a-7d43-4b8e-a6f1-00000000c002',
      customerParticipantId: '5e1f0c2a-7d43-4b8e-a6f1-0000000c0021',
      acdParticipantId: '5e1f0c2a-7d43-4b8e-a6f1-0000000c0022',
      agentParticipantId: '5e1f0c2a-7d43-4b8e-a6f1-0000000c0023',
    },
    endedCall: {
      id: '5e1f0c2a-7d43-4b8e-a6f1-00000000c003',
      customerParticipantId: '5e1f0c2a-7d43-4b8e-a6f1-0000000c0031',
      agentParticipantId: '5e1f0c2a-7d43-4b8e-a6f1-0000000c0032',
    },
    agent2Call: {
      id: '5e1f0c2a-7d43-4b8e-a6f1-00000000c004',
      customerParticipantId: '5e1f0c2a-7d43-4b8e-a6f1-0000000c0041',
      agentParticipantId: '5e1f0c2a-7d43-4b8e-a6f1-0000000c0042',
    },
  },
} as const

export type SeedUserKey = keyof typeof SEED.users

/** What the IVR collected before the call reached the agent: the attributes the widget shows first. */
export const seededCustomerAttributes: Readonly<Record<string, string>> = {
  CustomerName: 'Maria Schneider',
  AccountNumber: '4410-2291-77',
  'CRM.ContactId': '003Dn00000QxYz1IAF',
  'CRM.CaseId': '5005g00000LmN2pAAF',
  VerificationStatus: 'Verified',
  VerificationMethod: 'DOB+PIN',
  IntentDetected: 'BillingDispute',
  IntentConfidence: '0.87',
  LanguagePreference: 'en-US',
  LastIVRNode: 'Billing_Menu_Option2',
  CallbackNumber: '+14155550142',
  LoyaltyTier: 'Gold',
  QueuePriority: '5',
  'Order.LastOrder': '{"orderId":"A-100482","total":"129.90","currency":"USD","items":3}',
  CustomerProfileUrl: 'https://crm.example.com/contacts/003Dn00000QxYz1IAF',
  SurveyOptIn: 'true',
  AgentNotes: '',
}
