import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Models } from 'purecloud-platform-client-v2'
import type { Exchange } from '../context.ts'
import { parseQueueTopic } from '../notifications/queue-topics.ts'
import { answerTopic, type ChannelTopicAnswer } from '../notifications/topics.ts'
import { readJsonBody } from '../http/body.ts'
import { badRequest, notFound } from '../http/genesys-error.ts'
import { sendEmpty, sendJson } from '../http/respond.ts'
import type { ChannelRecord } from '../state/model.ts'
import type { Principal } from './authenticate.ts'
import { authenticate } from './authenticate.ts'

const maxTopicsPerChannel = 1_000
const subscriptionBodySchema = z.array(z.looseObject({ id: z.string().min(1) })).max(maxTopicsPerChannel)

const ownerOf = (principal: Principal): string => principal.userId ?? `client:${principal.token.clientId}`

function channelWire(ex: Exchange, channel: ChannelRecord): Models.Channel {
  const host = ex.req.headers.host ?? new URL(ex.ctx.origin).host
  return {
    id: channel.id,
    connectUri: `ws://${host}/channels/${channel.id}`,
    expires: new Date(channel.expiresAt).toISOString(),
  }
}

/** POST /api/v2/notifications/channels */
export function createChannel(ex: Exchange): void {
  const principal = authenticate(ex)
  const createdAt = ex.ctx.now()
  const expiresAt = createdAt + ex.ctx.settings.channelLifetimeSeconds * 1000
  const channel: ChannelRecord = {
    id: randomUUID(),
    owner: ownerOf(principal),
    userId: principal.userId,
    clientId: principal.token.clientId,
    createdAt,
    expiresAt,
    expired: false,
    topics: [],
  }
  ex.ctx.state.channels.set(channel.id, channel)
  ex.ctx.hub.scheduleExpiry(channel.id, expiresAt - createdAt)
  retireChannelsOverLimit(ex, channel)
  sendJson(ex.res, 200, channelWire(ex, channel))
}

/**
 * Genesys allows about 20 channels per user and app; making one more removes the oldest. A removed channel behaves
 * like an expired one: its sockets get socket_closing and close, and it answers 404 from then on. This is what
 * makes a widget that opens a channel per instance (or per reload) lose its live updates in a long shift.
 */
function retireChannelsOverLimit(ex: Exchange, newest: ChannelRecord): void {
  const siblings = [...ex.ctx.state.channels.values()]
    .filter((c) => !c.expired && c.owner === newest.owner && c.clientId === newest.clientId)
    .sort((a, b) => a.createdAt - b.createdAt)
  const excess = siblings.length - ex.ctx.settings.maxChannelsPerUserApp
  for (const oldest of siblings.slice(0, Math.max(0, excess))) ex.ctx.hub.expire(oldest.id)
}

/** GET /api/v2/notifications/channels: the caller's live channels. */
export function listChannels(ex: Exchange): void {
  const owner = ownerOf(authenticate(ex))
  const entities = [...ex.ctx.state.channels.values()].filter((c) => c.owner === owner && !c.expired)
  sendJson(ex.res, 200, { entities: entities.map((c) => channelWire(ex, c)) })
}

/** Someone else's, unknown or expired channels are all 404, as on the platform. */
function ownChannel(ex: Exchange, principal: Principal): ChannelRecord {
  const channel = ex.ctx.state.channels.get(ex.params.channelId ?? '')
  if (!channel || channel.expired || channel.owner !== ownerOf(principal)) throw notFound('channel')
  return channel
}

/**
 * Every requested topic gets an answer: Permitted, or Rejected with a reason (another user's topic, a topic this
 * emulator does not publish, one rejected on purpose by the rejectTopics setting). Only a body that is not a list
 * of topics is a 400, as on the platform.
 */
async function readTopics(ex: Exchange, principal: Principal): Promise<ChannelTopicAnswer[]> {
  const parsed = subscriptionBodySchema.safeParse(await readJsonBody(ex.req, ex.ctx.settings.maxBodyBytes))
  if (!parsed.success) throw badRequest('The body must be a list of topics: [{"id": "<topic>"}].')
  const ids = [...new Set(parsed.data.map(({ id }) => id))]
  return ids.map((id) =>
    // Any principal may subscribe to a queue topic; the platform checks routing permissions, we do not.
    parseQueueTopic(id)
      ? { id, state: 'Permitted' as const }
      : answerTopic(id, principal.userId, ex.ctx.settings.rejectTopics),
  )
}

const permitted = (answers: readonly ChannelTopicAnswer[]): string[] =>
  answers.filter((answer) => answer.state === 'Permitted').map((answer) => answer.id)

/** A ChannelTopicEntityListing; each ChannelTopic carries its selfUri as on the platform [assumed]. */
function listing(channel: ChannelRecord, answers: readonly ChannelTopicAnswer[]) {
  const selfUri = `/api/v2/notifications/channels/${channel.id}/subscriptions`
  const entities: Models.ChannelTopic[] = answers.map((answer) => ({ ...answer, selfUri }))
  return { entities } satisfies Models.ChannelTopicEntityListing
}

const current = (channel: ChannelRecord): ChannelTopicAnswer[] =>
  channel.topics.map((id) => ({ id, state: 'Permitted' }))

export function getSubscriptions(ex: Exchange): void {
  const channel = ownChannel(ex, authenticate(ex))
  sendJson(ex.res, 200, listing(channel, current(channel)))
}

/** PUT replaces the topic list with the permitted ones; POST adds them. Rejected topics are never kept. */
export async function putSubscriptions(ex: Exchange): Promise<void> {
  const principal = authenticate(ex)
  const channel = ownChannel(ex, principal)
  const answers = await readTopics(ex, principal)
  channel.topics = permitted(answers)
  sendJson(ex.res, 200, listing(channel, answers))
}

export async function postSubscriptions(ex: Exchange): Promise<void> {
  const principal = authenticate(ex)
  const channel = ownChannel(ex, principal)
  const answers = await readTopics(ex, principal)
  const topics = [...new Set([...channel.topics, ...permitted(answers)])]
  if (topics.length > maxTopicsPerChannel)
    throw badRequest(`A channel holds at most ${maxTopicsPerChannel} topics.`)
  channel.topics = topics
  const kept = current(channel).filter((topic) => !answers.some((answer) => answer.id === topic.id))
  sendJson(ex.res, 200, listing(channel, [...kept, ...answers]))
}

/** HEAD /api/v2/notifications/channels/{id}: 200 while the caller's channel lives, 404 once it is gone. */
export function headChannel(ex: Exchange): void {
  ownChannel(ex, authenticate(ex))
  sendEmpty(ex.res, 200)
}

export function deleteSubscriptions(ex: Exchange): void {
  ownChannel(ex, authenticate(ex)).topics = []
  sendEmpty(ex.res, 204)
}
