// The official SDK's shortest path to the widget's first screen, for the slow-network figure (bench/scenarios/
// slow-network.ts): load the SDK's browser bundle, read the conversation, show the customer's attributes in a table
// the bench's probe recognises. It runs on the widget's origin, so it reads the token the bench's sign-in left in
// this tab's sessionStorage (never a URL); it has no config.json, no sign-in code and no CSS.
// The SDK itself arrives as a classic script before this module (see sdk-page.html).
import type platformClientModule from 'purecloud-platform-client-v2'

type PlatformClient = typeof platformClientModule
const sdkRequire = (globalThis as unknown as { require: (name: string) => PlatformClient }).require
const platformClient = sdkRequire('platformClient')

const params = new URLSearchParams(location.search)
const api = new URL(params.get('api') ?? location.origin)
const tokenKey = Object.keys(sessionStorage).find((key) => key.startsWith('pdw.auth.token:'))
const token = (JSON.parse(sessionStorage.getItem(tokenKey ?? '') ?? '{}') as { accessToken?: string })
  .accessToken
const client = platformClient.ApiClient.instance
client.setGateway({ host: api.hostname, protocol: api.protocol.replace(':', ''), port: Number(api.port) })
client.setAccessToken(token ?? '')
const conversation = await new platformClient.ConversationsApi().getConversation(
  params.get('conversationId') ?? '',
)
const customer = conversation.participants?.find((participant) => participant.purpose === 'customer')
// The same role and name as the widget's grid: the bench's probe finds both pages' values the same way.
const table = document.createElement('div')
table.setAttribute('role', 'grid')
table.setAttribute('aria-label', 'Participant attributes')
for (const [name, value] of Object.entries(customer?.attributes ?? {})) {
  const row = document.createElement('div')
  row.textContent = name
  const editor = document.createElement('textarea')
  editor.value = value
  row.append(editor)
  table.append(row)
}
document.body.append(table)
