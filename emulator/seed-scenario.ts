import { SEED, seededCustomerAttributes } from './seed.ts'
import type { ConversationDescription } from './state/conversation-description.ts'

/*
 * The seeded conversations, written in the same description format POST /__admin/conversations accepts. Times are
 * relative to the reset, so the live call is always a few minutes old.
 */

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
