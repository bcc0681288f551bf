import { describe, expect, it } from 'vitest'
import { createGenesysClient } from '../../src/genesys/client.ts'
import { readConversationEvent } from '../../src/genesys/event-schemas.ts'
import { connectNotifications, type NotificationProblem } from '../../src/genesys/notifications.ts'
import {
  channelSchema,
  conversationListingSchema,
  conversationSchema,
  errorBodySchema,
  subscriptionListingSchema,
  userSchema,
} from '../../src/genesys/schemas.ts'
import { FakeSocket } from '../../src/genesys/test-fake-socket.ts'
import {
  expectedConversation,
  expectedMediaTopicEvent,
  expectedTopicEvent,
  expectedUser,
  plain,
} from './expected-view.ts'
import { payload, variants, violations } from './model-payloads.ts'

/*
 * Every shape the widget reads, generated from the official SDK models in each variant (model-payloads.ts), must
 * parse with the widget's own schemas into the view the oracle (expected-view.ts) describes: attributes kept,
 * nothing invented, nothing reported as unreadable.
 */

type Json = Record<string, unknown>

describe('the model check', () => {
  it('refuses fields a model does not have, wrong types and missing required fields', () => {
    const wrong = { id: 'c1', extra: 1, participants: [{ id: 'p1', attributes: { a: 2 } }] }
    expect(violations(wrong, 'Conversation')).toEqual([
      'Conversation.extra: not in the SDK model Conversation',
      'Conversation.startTime: required by Conversation, missing',
      'Conversation.participants[0].attributes.a: expected string, got 2',
    ])
  })
})

describe.each(variants)('SDK model payloads, variant %s', (variant) => {
  it('the generator itself produces payloads the models accept', () => {
    for (const model of [
      'Conversation',
      'ConversationEventTopicConversation',
      'UserMe',
      'ChannelTopicEntityListing',
    ]) {
      expect(violations(payload(model, variant), model)).toEqual([])
    }
  })

  it('Conversation (GET /conversations/{id}) and its participants and communications', () => {
    const sent = payload('Conversation', variant)
    const view = conversationSchema.parse(sent)
    expect(view.problems).toBeUndefined()
    expect(plain(view)).toEqual(plain(expectedConversation(sent)))
    const first = view.participants[0]
    expect(first).toBeDefined()
    if (variant === 'full' || variant === 'upper-case')
      expect(first?.attributes.CustomerName).toBe('Dana Whitfield')
    if (variant === 'upper-case') expect(first?.calls?.[0]?.state).toBe('connected')
  })

  it('ConversationEntityListing (GET /conversations)', () => {
    const sent = payload('ConversationEntityListing', variant)
    const view = conversationListingSchema.parse(sent)
    expect(view.problems).toBeUndefined()
    const entities = Array.isArray(sent.entities) ? (sent.entities as Json[]) : []
    expect(plain(view.entities)).toEqual(plain(entities.map(expectedConversation)))
  })

  it('UserMe with authorization (GET /users/me?expand=authorization)', () => {
    const sent = payload('UserMe', variant)
    const view = userSchema.parse(sent)
    expect(view.problems).toBeUndefined()
    expect(plain(view)).toEqual(plain(expectedUser(sent)))
  })

  it('ErrorBody keeps its text whatever the other fields hold', () => {
    const sent = payload('ErrorBody', variant)
    const view = errorBodySchema.parse(sent)
    for (const key of [
      'message',
      'code',
      'status',
      'messageWithParams',
      'messageParams',
      'contextId',
    ] as const) {
      expect(view[key]).toEqual(sent[key] ?? undefined)
    }
    const odd = errorBodySchema.parse({
      ...sent,
      message: 'Quota reached',
      messageParams: { limit: 20, ok: true },
    })
    expect(odd.message).toBe('Quota reached')
    expect(odd.messageParams).toEqual({ limit: '20', ok: 'true' })
  })

  it('Channel (POST /notifications/channels)', () => {
    const sent = payload('Channel', variant)
    const view = channelSchema.parse(sent)
    expect(view.id).toBe(sent.id)
    expect(view.connectUri).toBe(sent.connectUri)
    expect(view.expires).toEqual(sent.expires ?? undefined)
  })

  it('ChannelTopicEntityListing (PUT .../subscriptions): a Rejected topic is read as rejected, never live', async () => {
    const sent = payload('ChannelTopicEntityListing', variant)
    const view = subscriptionListingSchema.parse(sent)
    const entries = (sent.entities as Json[]).map((entry) => ({
      id: entry.id,
      ...(typeof entry.state === 'string' && { state: entry.state }),
      ...(typeof entry.rejectionReason === 'string' && { rejectionReason: entry.rejectionReason }),
      ...(Array.isArray(entry.missingPermissions) && { missingPermissions: entry.missingPermissions }),
    }))
    expect(plain(view.entities)).toEqual(entries)

    const topic = String(entries[0]?.id)
    const fetch = (_url: string | URL | Request, init?: RequestInit) =>
      Promise.resolve(
        new Response(
          JSON.stringify(
            init?.method === 'PUT' ? sent : { id: 'ch1', connectUri: 'wss://streaming.test/ch1' },
          ),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        ),
      )
    const client = createGenesysClient({ apiOrigin: 'https://api.test', getAccessToken: () => 't', fetch })
    const statuses: string[] = []
    const problems: NotificationProblem[] = []
    FakeSocket.reset()
    const connection = connectNotifications({
      client,
      topics: [topic],
      WebSocketImpl: FakeSocket,
      onStatus: (status) => statuses.push(status),
      onError: (problem) => problems.push(problem),
    })
    await expect.poll(() => FakeSocket.instances.length).toBe(1)
    FakeSocket.latest().serverOpens()
    const rejected = entries[0]?.state !== undefined
    await expect.poll(() => statuses.length).toBe(1)
    connection.close()
    // Only an answer that says nothing about the topic's state (the required variant) may count as live.
    expect(statuses).toEqual([rejected ? 'down' : 'live'])
    if (rejected) expect(problems.map((p) => p.kind)).toEqual(['topic-rejected'])
  })

  it('v2.users.{id}.conversations: ConversationEventTopicConversation', () => {
    const sent = payload('ConversationEventTopicConversation', variant)
    const { event, problems } = readConversationEvent('conversations', sent)
    expect(problems).toEqual([])
    expect(plain(event)).toEqual(plain(expectedTopicEvent(sent)))
  })

  it('v2.users.{id}.conversations.calls: ConversationCallEventTopicCallConversation', () => {
    const sent = payload('ConversationCallEventTopicCallConversation', variant)
    const { event, problems } = readConversationEvent('calls', sent)
    expect(problems).toEqual([])
    expect(plain(event)).toEqual(plain(expectedMediaTopicEvent(sent, 'calls')))
  })

  it('v2.users.{id}.conversations.messages: ConversationMessageEventTopicMessageConversation', () => {
    const sent = payload('ConversationMessageEventTopicMessageConversation', variant)
    const { event, problems } = readConversationEvent('messages', sent)
    expect(problems).toEqual([])
    expect(plain(event)).toEqual(plain(expectedMediaTopicEvent(sent, 'messages')))
  })
})
