import { classifyNotification, messageText } from './notification-envelope.ts'

const json = (value: unknown) => JSON.stringify(value)

describe('classifyNotification', () => {
  it('recognises heartbeats and socket_closing', () => {
    expect(
      classifyNotification(
        json({ topicName: 'channel.metadata', eventBody: { message: 'WebSocket Heartbeat' } }),
      ),
    ).toEqual({ kind: 'heartbeat' })
    expect(classifyNotification(json({ topicName: 'v2.system.socket_closing', eventBody: null }))).toEqual({
      kind: 'socket-closing',
    })
  })

  it('parses user conversation events, media variants included, keeping __proto__ names as data', () => {
    const body = {
      id: 'c1',
      participants: [{ id: 'p1', purpose: 'customer', attributes: { ['__proto__']: 'x', tier: 'gold' } }],
    }
    // A computed key makes `__proto__` an own property, so JSON.stringify writes it like any other name.
    const raw = json({ topicName: 'v2.users.u-1.conversations.calls', eventBody: body })
    expect(raw).toContain('"__proto__":"x"')
    const result = classifyNotification(raw)
    expect(result.kind).toBe('conversation')
    if (result.kind !== 'conversation') return
    expect(result.topic).toBe('v2.users.u-1.conversations.calls')
    const attributes = result.event.participants[0]?.attributes ?? {}
    expect(Object.keys(attributes)).toEqual(['__proto__', 'tier'])
    expect(Object.getPrototypeOf(attributes)).toBeNull()
  })

  it('keeps what an event has when a part cannot be read, listing the part in problems', () => {
    const result = classifyNotification(
      json({
        topicName: 'v2.users.u1.conversations',
        eventBody: {
          id: 'c1',
          participants: [{ id: 'p1', purpose: 'agent', attributes: { n: 1, ok: 'yes' } }],
        },
      }),
    )
    expect(result.kind).toBe('conversation')
    if (result.kind !== 'conversation') return
    expect({ ...result.event.participants[0]?.attributes }).toEqual({ ok: 'yes' })
    expect(result.event.problems?.map((p) => p.path)).toEqual(['participants[0].attributes.n'])
  })

  it('reads only the topic families it knows the models of; other per-media topics pass through', () => {
    const legs = { id: 'c1', participants: [{ id: 'p1', state: 'CONNECTED', user: { id: 'u1' } }] }
    const calls = classifyNotification(
      json({ topicName: 'v2.users.u1.conversations.calls', eventBody: legs }),
    )
    expect(calls.kind === 'conversation' && calls.event.participants).toEqual([
      { id: 'p1', userId: 'u1', calls: [{ state: 'connected' }] },
    ])
    const chats = classifyNotification(
      json({ topicName: 'v2.users.u1.conversations.chats', eventBody: legs }),
    )
    expect(chats.kind).toBe('other')
  })

  it('passes other topics through unparsed', () => {
    expect(classifyNotification(json({ topicName: 'v2.users.u1.presence', eventBody: { a: 1 } }))).toEqual({
      kind: 'other',
      topic: 'v2.users.u1.presence',
      eventBody: { a: 1 },
    })
  })

  it('turns bad data into malformed with a reason, never an exception', () => {
    expect(classifyNotification('{oops').kind).toBe('malformed')
    expect(classifyNotification(json({ eventBody: {} }))).toMatchObject({
      kind: 'malformed',
      reason: 'the message has no topicName',
    })
    const wrong = classifyNotification(
      json({ topicName: 'v2.users.u1.conversations', eventBody: { participants: [] } }),
    )
    expect(wrong).toMatchObject({ kind: 'malformed', topic: 'v2.users.u1.conversations' })
    expect(wrong.kind === 'malformed' && wrong.reason).toBe(
      'the conversation event has an unexpected shape: has no id',
    )
    const untyped = classifyNotification(
      json({ topicName: 'v2.users.u1.conversations', eventBody: { id: 7, participants: [] } }),
    )
    expect(untyped.kind === 'malformed' && untyped.reason).toBe(
      'the conversation event has an unexpected shape at id: Invalid input: expected string, received number',
    )
  })
})

describe('messageText', () => {
  it('reads text and bytes, and refuses anything else', () => {
    expect(messageText('hi')).toBe('hi')
    expect(messageText(new TextEncoder().encode('hé'))).toBe('hé')
    expect(messageText({})).toBeUndefined()
  })
})
