// The official SDK doing what the widget's critical path does: read one conversation, patch one participant's
// attributes. Built only to weigh the SDK next to the widget (bench/lib/bundle.ts), never run.
// The package's browser build (its `browser` field, what any bundler picks) is a browserify bundle that defines a
// global `require`; its ES-module source pulls in Node built-ins (winston, configparser) and does not build for the
// browser, so the browser build is the honest baseline. Genesys documents `require('platformClient')` for it.
import 'purecloud-platform-client-v2'
import type platformClientModule from 'purecloud-platform-client-v2'

type PlatformClient = typeof platformClientModule
const sdkRequire = (globalThis as unknown as { require: (name: string) => PlatformClient }).require
const platformClient = sdkRequire('platformClient')

const params = new URLSearchParams(location.search)
const client = platformClient.ApiClient.instance
client.setGateway({ host: location.hostname, protocol: 'http', port: Number(location.port) })
client.setAccessToken(params.get('token') ?? '')
const conversations = new platformClient.ConversationsApi()

const conversationId = params.get('conversationId') ?? ''
const conversation = await conversations.getConversation(conversationId)
const participant = conversation.participants?.[0]
if (participant?.id) {
  await conversations.patchConversationParticipantAttributes(conversationId, participant.id, {
    attributes: { LoyaltyTier: 'Gold' },
  })
}
document.body.textContent = JSON.stringify(participant?.attributes ?? {})
