import { createAttributeMap } from '../../../genesys/attribute-map.ts'
import type { Conversation, Participant } from '../../../genesys/schemas.ts'
import { isConversationEnded, orderParticipants, pickDefaultConversation } from './conversation-facts.ts'

const leg = (id: string, purpose: string, extra: Partial<Participant> = {}): Participant => ({
  id,
  purpose,
  attributes: createAttributeMap(),
  ...extra,
})

describe('orderParticipants', () => {
  it('puts the customer first, then automated legs, then agents, keeping join order within a purpose', () => {
    const ordered = orderParticipants([
      leg('a1', 'agent'),
      leg('q', 'acd'),
      leg('c', 'customer'),
      leg('i', 'ivr'),
      leg('a2', 'agent'),
      leg('x', 'workflow'),
    ])
    expect(ordered.map((p) => p.id)).toEqual(['c', 'i', 'q', 'a1', 'a2', 'x'])
  })
})

describe('isConversationEnded', () => {
  it('is ended when every communication is disconnected or terminated, or endTime is set', () => {
    const live: Conversation = {
      id: 'c',
      participants: [
        leg('c', 'customer', { calls: [{ id: '1', state: 'connected' }] }),
        leg('i', 'ivr', { calls: [{ id: '2', state: 'disconnected' }] }),
      ],
    }
    expect(isConversationEnded(live)).toBe(false)
    expect(isConversationEnded({ ...live, endTime: '2026-11-22T10:00:00Z' })).toBe(true)
    const over: Conversation = {
      id: 'c',
      participants: [leg('c', 'customer', { calls: [{ id: '1', state: 'terminated' }] })],
    }
    expect(isConversationEnded(over)).toBe(true)
  })
})

describe('pickDefaultConversation', () => {
  const me = 'user-1'
  const message: Conversation = {
    id: 'm',
    startTime: '2026-11-22T10:05:00Z',
    participants: [leg('a', 'agent', { userId: me, messages: [{ id: 'x', state: 'connected' }] })],
  }
  const call: Conversation = {
    id: 'c',
    startTime: '2026-11-22T10:00:00Z',
    participants: [leg('a', 'agent', { userId: me, calls: [{ id: 'y', state: 'connected' }] })],
  }
  const alerting: Conversation = {
    id: 'n',
    startTime: '2026-11-22T10:09:00Z',
    participants: [leg('a', 'agent', { userId: me, calls: [{ id: 'z', state: 'alerting' }] })],
  }

  it('prefers the call the agent is connected on over newer messages', () => {
    expect(pickDefaultConversation([message, alerting, call], me)?.id).toBe('c')
  })
  it('falls back to the newest connected conversation, then to the first', () => {
    expect(pickDefaultConversation([message, alerting], me)?.id).toBe('m')
    expect(pickDefaultConversation([alerting], me)?.id).toBe('n')
    expect(pickDefaultConversation([], me)).toBeUndefined()
  })
})
