import { randomUUID } from 'node:crypto'
import type { Exchange } from '../context.ts'
import { readJsonBody } from '../http/body.ts'
import { badRequest, notFound } from '../http/genesys-error.ts'
import { sendJson } from '../http/respond.ts'
import type { StoredConversation } from '../state/model.ts'
import {
  analyticsParticipant,
  matchConversations,
  parseConversationQuery,
  type ConversationQuery,
} from './analytics-query.ts'
import { authenticate } from './authenticate.ts'
import { requirePermission } from './require-permission.ts'

/*
 * The asynchronous details jobs (SDK: postAnalyticsConversationsDetailsJobs → AsyncQueryResponse,
 * getAnalyticsConversationsDetailsJob → AsyncQueryStatus, getAnalyticsConversationsDetailsJobResults →
 * AnalyticsConversationAsyncQueryResponse). They are where the SDK's models carry participant `attributes`
 * (AnalyticsParticipant), as analytics keeps them: frozen at the conversation's end, live while it is active.
 * The emulator fulfils a job at once [assumed: the platform takes seconds to minutes]; results are paged with an
 * opaque cursor of 100 conversations [assumed page size].
 */

const pageSize = 100
const jobs = new WeakMap<Exchange['ctx']['state'], Map<string, { query: ConversationQuery; owner: string }>>()

function jobsOf(ex: Exchange) {
  let map = jobs.get(ex.ctx.state)
  if (!map) {
    map = new Map()
    jobs.set(ex.ctx.state, map)
  }
  return map
}

function analyticsConversation(c: StoredConversation): Record<string, unknown> {
  return {
    conversationId: c.id,
    conversationStart: c.startTime,
    ...(c.endTime !== undefined && { conversationEnd: c.endTime }),
    originatingDirection: c.participants[0]?.communication.direction ?? 'inbound',
    participants: c.participants.map((p) => ({
      ...analyticsParticipant(p),
      attributes: { ...(p.analyticsAttributes ?? p.attributes) },
    })),
  }
}

export async function postDetailsJob(ex: Exchange): Promise<void> {
  const principal = authenticate(ex)
  requirePermission(ex.ctx, principal, 'analytics:conversationDetail:view')
  const query = parseConversationQuery(await readJsonBody(ex.req, ex.ctx.settings.maxBodyBytes))
  matchConversations([], query) // validates the interval now, as the platform refuses a bad job at once
  const jobId = randomUUID()
  jobsOf(ex).set(jobId, { query, owner: principal.actor })
  sendJson(ex.res, 202, { jobId })
}

function ownJob(ex: Exchange) {
  const principal = authenticate(ex)
  const job = jobsOf(ex).get(ex.params.jobId ?? '')
  if (!job || job.owner !== principal.actor) throw notFound('job')
  return job
}

export function getDetailsJob(ex: Exchange): void {
  ownJob(ex)
  const at = new Date(ex.ctx.now()).toISOString()
  sendJson(ex.res, 200, { state: 'FULFILLED', submissionDate: at, completionDate: at })
}

export function getDetailsJobResults(ex: Exchange): void {
  const job = ownJob(ex)
  const offset = Number(Buffer.from(ex.url.searchParams.get('cursor') ?? '', 'base64url').toString() || '0')
  if (!Number.isInteger(offset) || offset < 0) throw badRequest('The cursor is not one this job gave out.')
  const matching = matchConversations(ex.ctx.state.conversations.values(), job.query)
  const page = matching.slice(offset, offset + pageSize)
  const next = offset + pageSize < matching.length
  sendJson(ex.res, 200, {
    conversations: page.map(analyticsConversation),
    ...(next && { cursor: Buffer.from(String(offset + pageSize)).toString('base64url') }),
    dataAvailabilityDate: new Date(ex.ctx.now()).toISOString(),
  })
}
