import type { Exchange } from '../context.ts'
import { notFound } from '../http/genesys-error.ts'
import { sendJson } from '../http/respond.ts'
import { SEED } from '../seed.ts'
import { authenticate } from './authenticate.ts'

/*
 * GET /api/v2/routing/queues/{queueId} (SDK: RoutingApi getRoutingQueue → Queue) and GET /api/v2/routing/queues
 * (getRoutingQueues → QueueEntityListing): the names a supervisor recognises a queue by. The emulator knows the
 * seeded queues only; permission routing:queue:view is informational.
 */

const queues = Object.values(SEED.queues)

export function getQueue(ex: Exchange): void {
  authenticate(ex)
  const queue = queues.find((q) => q.id === ex.params.queueId)
  if (!queue) throw notFound('queue')
  sendJson(ex.res, 200, { id: queue.id, name: queue.name })
}

export function listQueues(ex: Exchange): void {
  authenticate(ex)
  const entities = queues.map((q) => ({ id: q.id, name: q.name }))
  sendJson(ex.res, 200, { entities, pageSize: 25, pageNumber: 1, total: entities.length, pageCount: 1 })
}
