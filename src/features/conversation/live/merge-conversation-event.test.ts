import { createAttributeMap } from '../../../genesys/attribute-map.ts'
import type { Conversation, ConversationEvent } from '../../../genesys/schemas.ts'
import { mergeConversationEvent } from './merge-conversation-event.ts'

const cached: Conversation = {
  id: 'c1',
  participants: [
    {
      id: 'p1',
      purpose: 'customer',
      ani: 'tel:+15551234567',
      attributes: createAttributeMap([['Tier', 'gold']]),
    },
    { id: 'p2', purpose: 'agent', attributes: createAttributeMap() },
  ],
}

describe('mergeConversationEvent', () => {
  it('replaces the attributes of the participants the event carries and keeps REST-only fields', () => {
    const event: ConversationEvent = {
      id: 'c1',
      participants: [
        { id: 'p1', purpose: 'customer', attributes: createAttributeMap([['Tier', 'platinum']]) },
      ],
    }
    const merged = mergeConversationEvent(cached, event)
    expect(merged.participants[0]?.attributes).toEqual({ Tier: 'platinum' })
    expect(merged.participants[0]?.ani).toBe('tel:+15551234567')
    expect(merged.participants[1]).toBe(cached.participants[1])
  })

  it('appends participants that joined', () => {
    const event: ConversationEvent = {
      id: 'c1',
      participants: [{ id: 'p3', purpose: 'agent', name: 'Second agent', attributes: createAttributeMap() }],
    }
    expect(mergeConversationEvent(cached, event).participants.map((p) => p.id)).toEqual(['p1', 'p2', 'p3'])
  })

  it('keeps the cached attributes and purpose of a participant the event names without them', () => {
    const event: ConversationEvent = { id: 'c1', participants: [{ id: 'p1', name: 'Dana' }] }
    const merged = mergeConversationEvent(cached, event)
    expect(merged.participants[0]).toMatchObject({
      purpose: 'customer',
      name: 'Dana',
      attributes: { Tier: 'gold' },
    })
    const joined = mergeConversationEvent(cached, { id: 'c1', participants: [{ id: 'p9' }] })
    expect(joined.participants[2]).toEqual({ id: 'p9', purpose: '', attributes: {} })
  })

  it('keeps the last readable value of a name the event sent unreadable, and lists it until an event reads cleanly', () => {
    const event: ConversationEvent = {
      id: 'c1',
      participants: [
        {
          id: 'p1',
          attributes: createAttributeMap([['Note', 'hi']]),
          unreadableAttributes: ['Tier', 'Obj'],
        },
      ],
    }
    const merged = mergeConversationEvent(cached, event)
    expect(merged.participants[0]?.attributes).toEqual({ Note: 'hi', Tier: 'gold' })
    expect(merged.participants[0]?.unreadableAttributes).toEqual(['Tier', 'Obj'])
    const clean = mergeConversationEvent(merged, {
      id: 'c1',
      participants: [{ id: 'p1', attributes: createAttributeMap([['Tier', 'silver']]) }],
    })
    expect(clean.participants[0]?.attributes).toEqual({ Tier: 'silver' })
    expect(clean.participants[0]).not.toHaveProperty('unreadableAttributes')
  })
})
