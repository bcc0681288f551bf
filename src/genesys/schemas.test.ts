import { readErrorBody } from './errors.ts'
import { conversationSchema, subscriptionListingSchema, userSchema } from './schemas.ts'
import { subscriptionResult } from './subscription-result.ts'

/* Issue 13, item 1: the widget reads per field, as leniently as the SDK models allow. */

describe('lenient reading', () => {
  it('a role without a name costs neither the user nor the permissions (no fall-back to agent)', () => {
    const user = userSchema.parse({
      id: 'u1',
      name: null,
      authorization: {
        roles: [{ id: 'r1' }, { id: 'r2', name: null }, 'junk'],
        permissions: ['conversation:call:monitor'],
      },
    })
    expect(user.authorization?.roles).toEqual([{ id: 'r1' }, { id: 'r2' }])
    expect(user.problems?.map((p) => p.path)).toEqual(['authorization.roles[2]'])
    // What decides supervisor or agent (features/attributes/governance/model/role-from-permissions.ts) is all still there.
    expect(user.authorization?.permissions).toEqual(['conversation:call:monitor'])
  })

  it('an error body whose messageParams hold numbers keeps its text', () => {
    const body = readErrorBody({
      message: 'Attribute value too long',
      code: 'bad.request',
      status: 400,
      messageParams: { limit: 32768, ok: false, nested: { a: 1 } },
      contextId: null,
    })
    expect(body).toMatchObject({
      message: 'Attribute value too long',
      code: 'bad.request',
      messageParams: { limit: '32768', ok: 'false' },
    })
    expect(body.contextId).toBeUndefined()
  })

  it('upper-case communication states (older topic schemas) read as lower case', () => {
    const conversation = conversationSchema.parse({
      id: 'c1',
      participants: [
        { id: 'p1', calls: [{ id: 'k1', state: 'DISCONNECTED' }], messages: [{ state: 'Connected' }] },
      ],
    })
    expect(conversation.participants[0]?.calls?.[0]?.state).toBe('disconnected')
    expect(conversation.participants[0]?.messages?.[0]?.state).toBe('connected')
  })

  it('null optional strings and absent attributes hide nothing; a __proto__ name stays data', () => {
    const conversation = conversationSchema.parse(
      JSON.parse(
        '{"id":"c1","name":null,"participants":[{"id":"p1","name":null,"queueId":null,"purpose":null},' +
          '{"id":"p2","purpose":"customer","attributes":{"__proto__":"x","Tier":"Gold"}}]}',
      ),
    )
    expect(conversation).not.toHaveProperty('name')
    expect(conversation.participants[0]).toEqual({ id: 'p1', purpose: '', attributes: {} })
    expect(Object.keys(conversation.participants[1]?.attributes ?? {})).toEqual(['__proto__', 'Tier'])
    expect(Object.getPrototypeOf(conversation.participants[1]?.attributes)).toBeNull()
    expect(conversation.problems).toBeUndefined()
  })

  it('a subscription answer: Rejected in any case is rejected; a topic it leaves out is not confirmed', () => {
    const result = subscriptionResult(['a', 'b', 'c'], {
      entities: [
        { id: 'a', state: 'Permitted' },
        { id: 'b', state: 'REJECTED', rejectionReason: 'Missing permission', missingPermissions: ['x:y:z'] },
      ],
    })
    expect(result.rejected).toEqual([
      { id: 'b', reason: 'Missing permission', missingPermissions: ['x:y:z'] },
      { id: 'c', reason: 'not in the subscription answer', missingPermissions: [] },
    ])
    expect(subscriptionResult(['a'], undefined).rejected).toEqual([])
  })

  it('a subscription answer that cannot be read in full is malformed, not a rejection', () => {
    expect(subscriptionListingSchema.safeParse({ entities: 'not-a-list', participants: 42 }).success).toBe(
      false,
    )
    expect(subscriptionListingSchema.safeParse({ entities: [{ state: 'Permitted' }] }).success).toBe(false)
    expect(subscriptionListingSchema.safeParse({}).success).toBe(true)
  })
})
