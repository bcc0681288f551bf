import * as z from 'zod/mini'
import { attributeMapSchema, type AttributeMap } from '../../../genesys/attribute-map.ts'
import type { Requester } from '../../../genesys/request.ts'

/*
 * The attributes as analytics keeps them come from the asynchronous details jobs (SDK AnalyticsApi
 * postAnalyticsConversationsDetailsJobs, getAnalyticsConversationsDetailsJob, getAnalyticsConversationsDetailsJobResults):
 * the synchronous details query answers AnalyticsParticipantWithoutAttributes. One job per conversation asked
 * about, filtered by conversationId over the day around its start; the job is polled until FULFILLED.
 */

const jobSchema = z.looseObject({ jobId: z.string() })
const statusSchema = z.looseObject({ state: z.optional(z.string()), errorMessage: z.optional(z.string()) })
const resultsSchema = z.looseObject({
  conversations: z._default(
    z.array(
      z.looseObject({
        conversationId: z.optional(z.string()),
        participants: z._default(
          z.array(
            z.looseObject({
              participantId: z.optional(z.string()),
              attributes: z.optional(attributeMapSchema),
            }),
          ),
          [],
        ),
      }),
    ),
    [],
  ),
})

export interface KeptAttributes {
  /** By participant id; a participant analytics has nothing for is absent. */
  readonly byParticipant: ReadonlyMap<string, AttributeMap>
}

export async function readKeptAttributes(
  request: Requester,
  conversationId: string,
  startTime: string | undefined,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<KeptAttributes> {
  const start = startTime ? Date.parse(startTime) : Date.now()
  const interval = `${new Date(start - 86_400_000).toISOString()}/${new Date(start + 86_400_000).toISOString()}`
  const job = await request({
    method: 'POST',
    path: '/api/v2/analytics/conversations/details/jobs',
    body: {
      interval,
      conversationFilters: [
        { type: 'and', predicates: [{ dimension: 'conversationId', value: conversationId }] },
      ],
    },
    schema: jobSchema,
  })
  const jobPath = `/api/v2/analytics/conversations/details/jobs/${encodeURIComponent(job.jobId)}`
  for (let attempt = 0; ; attempt += 1) {
    const status = await request({ method: 'GET', path: jobPath, schema: statusSchema })
    if (status.state === 'FULFILLED') break
    if (
      status.state === 'FAILED' ||
      status.state === 'CANCELLED' ||
      status.state === 'EXPIRED' ||
      attempt >= 20
    )
      throw new Error(status.errorMessage ?? `the analytics job ended ${status.state ?? 'without a state'}`)
    await sleep(Math.min(5_000, 500 * 2 ** attempt))
  }
  const results = await request({ method: 'GET', path: `${jobPath}/results`, schema: resultsSchema })
  const conversation = results.conversations.find((c) => c.conversationId === conversationId)
  const byParticipant = new Map<string, AttributeMap>()
  for (const p of conversation?.participants ?? []) {
    if (p.participantId && p.attributes) byParticipant.set(p.participantId, p.attributes)
  }
  return { byParticipant }
}
