import * as z from 'zod/mini'
import { createGenesysClient, type GenesysClient } from '../../src/genesys/client.ts'
import { createRequester } from '../../src/genesys/request.ts'
import type { TokenSource } from '../client-credentials.ts'
import { conversationSnapshotSchema } from './customer-leg.ts'
import type { EngineApi } from './engine.ts'
import type { Metrics } from './metrics.ts'
import type { RateBudget } from './rate-budget.ts'

/*
 * The Platform API as the service uses it. Every request to the API origin first takes a token from the one
 * rate budget (reads, writes, the sweep, channel and subscription calls alike); answers' inin-ratelimit-* headers
 * feed it back. Token requests go to the login host and are not counted.
 */

const detailsAnswerSchema = z.looseObject({
  conversations: z.optional(z.array(z.looseObject({ conversationId: z.string() }))),
  totalHits: z.optional(z.number()),
})

export interface PlatformApi extends EngineApi {
  client: GenesysClient
  /** Ids of the conversations in these queues that have not ended (analytics details query, paged). */
  activeConversationIds(queueIds: readonly string[]): Promise<string[]>
}

export function createPlatformApi(options: {
  apiOrigin: string
  tokens: TokenSource
  budget: RateBudget
  metrics: Metrics
  fetch?: typeof fetch
  now?: () => number
}): PlatformApi {
  const baseFetch = options.fetch ?? globalThis.fetch
  const budgetedFetch: typeof fetch = async (input, init) => {
    await options.budget.acquire()
    options.metrics.requests.inc({ method: init?.method ?? 'GET' })
    return baseFetch(input, init)
  }
  const common = {
    apiOrigin: options.apiOrigin,
    getAccessToken: () => options.tokens.getAccessToken(),
    onUnauthorized: () => options.tokens.renew(),
    fetch: budgetedFetch,
    onRateLimitInfo: (info: Parameters<RateBudget['observe']>[0]) => options.budget.observe(info),
  }
  const client = createGenesysClient(common)
  const request = createRequester(common)
  const now = options.now ?? Date.now
  return {
    client,
    getConversation: async (id) => conversationSnapshotSchema.parse(await client.getConversation(id)),
    patchAttributes: (id, participantId, attributes) =>
      client.patchParticipantAttributes(id, participantId, attributes),
    async activeConversationIds(queueIds) {
      // A call longer than a day is rare enough; the interval bounds what analytics has to scan.
      const interval = `${new Date(now() - 86_400_000).toISOString()}/${new Date(now() + 3_600_000).toISOString()}`
      const ids: string[] = []
      for (let pageNumber = 1; pageNumber <= 100; pageNumber += 1) {
        const answer = await request({
          method: 'POST',
          path: '/api/v2/analytics/conversations/details/query',
          body: {
            interval,
            order: 'asc',
            orderBy: 'conversationStart',
            conversationFilters: [
              {
                type: 'and',
                predicates: [{ type: 'dimension', dimension: 'conversationEnd', operator: 'notExists' }],
              },
            ],
            segmentFilters: [
              {
                type: 'or',
                predicates: queueIds.map((queueId) => ({
                  type: 'dimension',
                  dimension: 'queueId',
                  value: queueId,
                })),
              },
            ],
            paging: { pageSize: 100, pageNumber },
          },
          schema: detailsAnswerSchema,
        })
        const page = answer.conversations ?? []
        ids.push(...page.map((c) => c.conversationId))
        if (page.length < 100) break
      }
      return ids
    },
  }
}
