import { createRequire } from 'node:module'
import type * as PlatformClientModule from 'purecloud-platform-client-v2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEED } from '../seed.ts'
import { startEmulator } from '../server.ts'
import type { RunningEmulator } from '../server.ts'
import {
  adminState,
  eventually,
  pkcePair,
  submitLogin,
  userToken,
  widgetRedirect,
} from '../test-support/http-client.ts'
import { keysOutsideModel } from '../test-support/sdk-model-keys.ts'

/*
 * The official Genesys JavaScript SDK, pointed at the emulator with setGateway (which routes both its login and
 * its API calls to one host), must not notice it is not talking to Genesys Cloud.
 */

// Loaded through require: the SDK ships CommonJS for Node, and this is how its README loads it.
const platformClient = createRequire(import.meta.url)(
  'purecloud-platform-client-v2',
) as typeof PlatformClientModule

let emu: RunningEmulator
const { liveCall } = SEED.conversations

beforeAll(async () => {
  emu = await startEmulator({ port: 0, settings: { writeDelayMs: 20 } })
  platformClient.ApiClient.instance.setGateway({ host: '127.0.0.1', protocol: 'http', port: emu.port })
})
afterAll(() => emu.close())

describe('purecloud-platform-client-v2 against the emulator', () => {
  it('signs in with client credentials, reads and patches a conversation', async () => {
    const client = platformClient.ApiClient.instance
    const auth = await client.loginClientCredentialsGrant('service-local', 'service-local-secret')
    expect(auth.accessToken).toEqual(expect.any(String))

    const conversations = new platformClient.ConversationsApi()
    const conversation = await conversations.getConversation(liveCall.id)
    expect(conversation.participants?.map((p) => p.purpose)).toEqual(['customer', 'ivr', 'acd', 'agent'])
    const customer = conversation.participants?.find((p) => p.id === liveCall.customerParticipantId)
    expect(customer?.attributes?.CustomerName).toBe('Maria Schneider')
    expect(customer?.calls?.[0]?.state).toBe('connected')

    await conversations.patchConversationParticipantAttributes(liveCall.id, liveCall.customerParticipantId, {
      attributes: { SdkGeneric: 'yes' },
    })
    const echoed = await conversations.patchConversationsCallParticipantAttributes(
      liveCall.id,
      liveCall.customerParticipantId,
      {
        attributes: { SdkCall: 'also' },
      },
    )
    expect(echoed.attributes).toEqual({ SdkCall: 'also' })

    const call = await conversations.getConversationsCall(liveCall.id)
    expect(call.participants?.find((p) => p.purpose === 'agent')?.state).toBe('connected')

    await eventually(async () => {
      const after = await conversations.getConversation(liveCall.id)
      const attributes = after.participants?.find((p) => p.id === liveCall.customerParticipantId)?.attributes
      expect(attributes).toMatchObject({ SdkGeneric: 'yes', SdkCall: 'also', LoyaltyTier: 'Gold' })
    })
    const { writeLog } = await adminState(emu.origin)
    expect(writeLog.map((e) => e.by)).toEqual(['service-local', 'service-local'])
  })

  it('turns a Genesys error body into the SDK’s error (404 for a hidden conversation)', async () => {
    const conversations = new platformClient.ConversationsApi()
    const failure: unknown = await conversations
      .getConversation('00000000-0000-4000-8000-000000000000')
      .catch((e: unknown) => e)
    // Without extended responses the SDK rejects with the Genesys error body itself.
    expect(failure).toMatchObject({ status: 404, code: 'not.found' })
    expect((failure as { contextId?: unknown }).contextId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('exchanges a PKCE code with authorizePKCEGrant and reads users/me', async () => {
    const { verifier, challenge } = pkcePair()
    const { location } = await submitLogin(emu.origin, { user: 'supervisor', challenge })
    const client = platformClient.ApiClient.instance
    await client.authorizePKCEGrant(
      'widget-local',
      verifier,
      location.searchParams.get('code') ?? '',
      widgetRedirect,
    )
    const me = await new platformClient.UsersApi().getUsersMe({ expand: ['authorization'] })
    expect(me.email).toBe('supervisor@example.com')
    expect(me.authorization?.permissions).toContain('analytics:conversationDetail:view')
  })

  it('creates a notification channel and subscribes', async () => {
    const notifications = new platformClient.NotificationsApi()
    const channel = await notifications.postNotificationsChannels()
    expect(channel.connectUri).toBe(`ws://127.0.0.1:${emu.port}/channels/${channel.id ?? ''}`)
    const topic = `v2.users.${SEED.users.supervisor.id}.conversations`
    const listing = await notifications.putNotificationsChannelSubscriptions(channel.id ?? '', [
      { id: topic },
    ])
    expect(listing.entities?.map((e) => e.id)).toEqual([topic])
  })
})

/*
 * Every SDK call the widget and the enrichment tool make (and the call-specific ones next to them), signed in as
 * the agent: the SDK must resolve, and what it hands back must be exactly the JSON the emulator sent (the SDK
 * parses JSON and does not map models, so "without loss" means deep-equal to the raw body), within the SDK's
 * models (no field the real API lacks).
 */
describe('the SDK calls the widget and the enrichment tool use, without loss', () => {
  const client = platformClient.ApiClient.instance
  const conversations = new platformClient.ConversationsApi()
  const customer = liveCall.customerParticipantId
  // The same user's second token, for the raw reads beside the SDK's (the SDK's token is not in its typings).
  let rawToken = ''

  beforeAll(async () => {
    const { verifier, challenge } = pkcePair()
    const { location } = await submitLogin(emu.origin, { user: 'agent', challenge })
    await client.authorizePKCEGrant(
      'widget-local',
      verifier,
      location.searchParams.get('code') ?? '',
      widgetRedirect,
    )
    rawToken = await userToken(emu.origin, 'agent')
  })

  async function raw(path: string, init: RequestInit = {}): Promise<unknown> {
    const response = await fetch(`${emu.origin}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${rawToken}`, 'Content-Type': 'application/json' },
    })
    return (await response.json()) as unknown
  }

  it('UsersApi.getUsersMe with expand=authorization', async () => {
    const me = await new platformClient.UsersApi().getUsersMe({ expand: ['authorization'] })
    expect(me).toEqual(await raw('/api/v2/users/me?expand=authorization'))
    expect(me.id).toBe(SEED.users.agent.id)
    expect(me.authorization?.permissions).toContain('conversation:communication:view')
    expect(keysOutsideModel(me, 'UserMe')).toEqual([])
  })

  it('ConversationsApi.getConversations and getConversation', async () => {
    const listing = await conversations.getConversations()
    expect(listing).toEqual(await raw('/api/v2/conversations'))
    expect(listing.entities?.map((c) => c.id)).toContain(liveCall.id)
    expect(keysOutsideModel(listing, 'ConversationEntityListing')).toEqual([])
    const conversation = await conversations.getConversation(liveCall.id)
    expect(conversation).toEqual(await raw(`/api/v2/conversations/${liveCall.id}`))
    expect(keysOutsideModel(conversation, 'Conversation')).toEqual([])
    for (const participant of conversation.participants ?? []) {
      expect(keysOutsideModel(participant, 'Participant')).toEqual([])
    }
  })

  it('ConversationsApi.getConversationsCalls and getConversationsCall, with user and queue references', async () => {
    const calls = await conversations.getConversationsCalls()
    expect(calls).toEqual(await raw('/api/v2/conversations/calls'))
    expect(calls.entities?.map((c) => c.id)).toEqual([liveCall.id])
    const call = await conversations.getConversationsCall(liveCall.id)
    expect(call).toEqual(await raw(`/api/v2/conversations/calls/${liveCall.id}`))
    expect(call.participants?.find((p) => p.purpose === 'agent')?.user?.id).toBe(SEED.users.agent.id)
    expect(keysOutsideModel(call, 'CallConversation')).toEqual([])
  })

  it('ConversationsApi.patchConversationParticipantAttributes and patchConversationsCallParticipantAttributes', async () => {
    const generic = await conversations.patchConversationParticipantAttributes(liveCall.id, customer, {
      attributes: { SdkAgentGeneric: 'g' },
    })
    // 202 with no body: the SDK resolves with nothing to lose.
    expect(generic ?? '').toBe('')
    const body = { attributes: { SdkAgentCall: 'c' } }
    const echoed = await conversations.patchConversationsCallParticipantAttributes(
      liveCall.id,
      customer,
      body,
    )
    expect(echoed).toEqual(
      await raw(`/api/v2/conversations/calls/${liveCall.id}/participants/${customer}/attributes`, {
        method: 'PATCH',
        body: JSON.stringify(body),
      }),
    )
    expect(keysOutsideModel(echoed, 'ParticipantAttributes')).toEqual([])
    await eventually(async () => {
      const after = await conversations.getConversation(liveCall.id)
      const attributes = after.participants?.find((p) => p.id === customer)?.attributes
      expect(attributes).toMatchObject({ SdkAgentGeneric: 'g', SdkAgentCall: 'c' })
    })
  })

  it('NotificationsApi.postNotificationsChannels, putNotificationsChannelSubscriptions, getNotificationsChannels', async () => {
    const notifications = new platformClient.NotificationsApi()
    const channel = await notifications.postNotificationsChannels()
    const topic = `v2.users.${SEED.users.agent.id}.conversations`
    const subscribed = await notifications.putNotificationsChannelSubscriptions(channel.id ?? '', [
      { id: topic },
    ])
    expect(subscribed).toEqual(await raw(`/api/v2/notifications/channels/${channel.id ?? ''}/subscriptions`))
    expect(subscribed.entities?.map((e) => e.id)).toEqual([topic])
    const listed = await notifications.getNotificationsChannels()
    expect(listed).toEqual(await raw('/api/v2/notifications/channels'))
    // The channel the SDK created is listed with exactly what the POST handed the SDK.
    expect(listed.entities?.find((c) => c.id === channel.id)).toEqual(channel)
    expect(keysOutsideModel(channel, 'Channel')).toEqual([])
  })
})
