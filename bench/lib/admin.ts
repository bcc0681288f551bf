import { SEED } from '../../emulator/seed.ts'

/** The emulator's admin API from Node: make the conversations each measurement needs, write as a flow, end calls. */
export interface CreatedCall {
  conversationId: string
  customerId: string
}

interface WireConversation {
  id: string
  participants: Array<{ id: string; purpose: string }>
}

async function adminFetch<T>(origin: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${origin}/__admin${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok)
    throw new Error(`emulator admin ${path} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

/** `n` attributes named Attr0000… with short IVR-like values; names sort and filter predictably. */
export function makeAttributes(n: number, prefix = 'Attr'): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (let index = 0; index < n; index += 1)
    attributes[`${prefix}${String(index).padStart(4, '0')}`] = `value ${index} from the IVR`
  return attributes
}

export async function createCall(origin: string, attributes: Record<string, string>): Promise<CreatedCall> {
  const conversation = await adminFetch<WireConversation>(origin, '/conversations', {
    media: 'call',
    participants: [
      { purpose: 'customer', name: 'Bench Caller', attributes },
      { purpose: 'ivr', name: 'Main IVR' },
      { purpose: 'agent', name: 'Alex Morgan', userId: SEED.users.agent.id },
    ],
  })
  const customer = conversation.participants.find((participant) => participant.purpose === 'customer')
  if (!customer) throw new Error('the emulator created no customer participant')
  return { conversationId: conversation.id, customerId: customer.id }
}

export function writeAsFlow(origin: string, call: CreatedCall, attributes: Record<string, string>) {
  return adminFetch(
    origin,
    `/conversations/${call.conversationId}/participants/${call.customerId}/attributes`,
    {
      attributes,
      source: 'flow',
    },
  )
}

export function endCall(origin: string, call: CreatedCall) {
  return adminFetch(origin, `/conversations/${call.conversationId}/end`, {})
}

interface WriteLogEntry {
  conversationId: string
  participantId: string
  source: string
  names: string[]
  appliedAt: string | null
}

export async function apiWrites(origin: string, call: CreatedCall): Promise<WriteLogEntry[]> {
  const state = await adminFetch<{ writeLog: WriteLogEntry[] }>(origin, '/state')
  return state.writeLog.filter(
    (entry) =>
      entry.conversationId === call.conversationId &&
      entry.participantId === call.customerId &&
      entry.source === 'api',
  )
}

interface ChannelSummary {
  owner: string
  expired: boolean
  connectedSockets: number
}

const channelsOf = async (origin: string) =>
  (await adminFetch<{ channels: ChannelSummary[] }>(origin, '/state')).channels

/** Every notification channel the emulator has made since its last reset, expired ones included. */
export async function countChannels(origin: string): Promise<number> {
  return (await channelsOf(origin)).length
}

/** Notification sockets the emulator holds open for one user's live channels. */
export async function openSockets(origin: string, owner: string): Promise<number> {
  return (await channelsOf(origin))
    .filter((channel) => channel.owner === owner && !channel.expired)
    .reduce((sum, channel) => sum + channel.connectedSockets, 0)
}

export const embeddedUrl = (widgetOrigin: string, call: CreatedCall) =>
  `${widgetOrigin}/?gcConversationId=${call.conversationId}&gcLangTag=en-us`
