import type { ConversationDescription } from './state/conversation-description.ts'

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

const minutesAgo = (now: Date, minutes: number): string =>
  new Date(now.getTime() - minutes * 60_000).toISOString()

export function seedConversations(now: Date): ConversationDescription[] {
  const { users, queues, conversations: c } = SEED
  const live = c.liveCall
  const ani = 'tel:+14155550142'
  const dnis = 'tel:+18005550100'
  return [
    {
      id: live.id,
      media: 'call',
      address: dnis,
      startTime: minutesAgo(now, 6),
      participants: [
        {
          id: live.customerParticipantId,
          purpose: 'customer',
          name: 'Maria Schneider',
          address: ani,
          ani,
          dnis,
          startTime: minutesAgo(now, 6),
          attributes: seededCustomerAttributes,
        },
        {
          id: live.ivrParticipantId,
          purpose: 'ivr',
          name: 'Main IVR Flow',
          address: dnis,
          ani,
          dnis,
          state: 'disconnected',
          startTime: minutesAgo(now, 6),
          endTime: minutesAgo(now, 4),
          disconnectType: 'transfer',
        },
        {
          id: live.acdParticipantId,
          purpose: 'acd',
          name: queues.customerCare.name,
          queueId: queues.customerCare.id,
          address: dnis,
          ani,
          dnis,
          state: 'disconnected',
          startTime: minutesAgo(now, 4),
          endTime: minutesAgo(now, 3),
          disconnectType: 'transfer',
        },
        {
          id: live.agentParticipantId,
          purpose: 'agent',
          name: users.agent.name,
          userId: users.agent.id,
          queueId: queues.customerCare.id,
          address: 'sip:alex.morgan@example.com',
          ani,
          dnis,
          direction: 'inbound',
          startTime: minutesAgo(now, 3),
        },
      ],
    },
    {
      id: c.message.id,
      media: 'message',
      startTime: minutesAgo(now, 12),
      participants: [
        {
          id: c.message.customerParticipantId,
          purpose: 'customer',
          name: 'Jonas Weber',
          address: 'jonas.weber@example.net',
          startTime: minutesAgo(now, 12),
          attributes: {
            CustomerName: 'Jonas Weber',
            'Channel.Source': 'web',
            PageUrl: 'https://www.example.com/help/returns',
            IntentDetected: 'ReturnRequest',
            LanguagePreference: 'de-DE',
          },
        },
        {
          id: c.message.acdParticipantId,
          purpose: 'acd',
          name: queues.customerCare.name,
          queueId: queues.customerCare.id,
          state: 'disconnected',
          startTime: minutesAgo(now, 12),
          endTime: minutesAgo(now, 10),
        },
        {
          id: c.message.agentParticipantId,
          purpose: 'agent',
          name: users.agent.name,
          userId: users.agent.id,
          queueId: queues.customerCare.id,
          startTime: minutesAgo(now, 10),
        },
      ],
    },
    {
      id: c.endedCall.id,
      media: 'call',
      startTime: minutesAgo(now, 95),
      ended: true,
      endTime: minutesAgo(now, 81),
      participants: [
        {
          id: c.endedCall.customerParticipantId,
          purpose: 'customer',
          name: 'Priya Nair',
          address: 'tel:+13125550187',
          ani: 'tel:+13125550187',
          dnis,
          startTime: minutesAgo(now, 95),
          attributes: {
            CustomerName: 'Priya Nair',
            AccountNumber: '7781-0042-15',
            IntentDetected: 'AddressChange',
            VerificationStatus: 'Verified',
          },
        },
        {
          id: c.endedCall.agentParticipantId,
          purpose: 'agent',
          name: users.agent.name,
          userId: users.agent.id,
          queueId: queues.customerCare.id,
          startTime: minutesAgo(now, 92),
        },
      ],
    },
    {
      id: c.agent2Call.id,
      media: 'call',
      startTime: minutesAgo(now, 2),
      participants: [
        {
          id: c.agent2Call.customerParticipantId,
          purpose: 'customer',
          name: 'Tom Becker',
          address: 'tel:+16465550119',
          ani: 'tel:+16465550119',
          dnis,
          startTime: minutesAgo(now, 2),
          attributes: {
            CustomerName: 'Tom Becker',
            IntentDetected: 'TechnicalSupport',
            LoyaltyTier: 'Silver',
          },
        },
        {
          id: c.agent2Call.agentParticipantId,
          purpose: 'agent',
          name: users.agent2.name,
          userId: users.agent2.id,
          queueId: queues.customerCare.id,
          startTime: minutesAgo(now, 1),
        },
      ],
    },
  ]
}
