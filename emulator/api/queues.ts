import type { Exchange } from '../context.ts'
import { notFound } from '../http/genesys-error.ts'
import { entityListingPage } from '../http/paging.ts'
import { sendJson } from '../http/respond.ts'
import { SEED } from '../seed.ts'
import { authenticate } from './authenticate.ts'

/*
 * GET /api/v2/routing/queues/{queueId} (SDK: RoutingApi getRoutingQueue → Queue) and GET /api/v2/routing/queues
 * (getRoutingQueues → QueueEntityListing): the names a supervisor recognises a queue by. The emulator knows the
 * seeded queues, plus `extraQueues` made-up ones (a large org, to try paging); permission routing:queue:view is
 * informational. Listed by name, as the platform sorts them.
 */

const seeded = Object.values(SEED.queues)

/** Made-up queues after the seeded ones: ids and names stable for a given count, so tests can name them. */
export function queuesOf(extraQueues: number): ReadonlyArray<{ id: string; name: string }> {
  const extra = Array.from({ length: extraQueues }, (_, n) => ({
    id: `00000000-0000-4000-8000-${String(n + 1).padStart(12, '0')}`,
    name: `Queue ${String(n + 1).padStart(4, '0')}`,
  }))
  return [...seeded, ...extra].sort((a, b) => a.name.localeCompare(b.name, 'en'))
}

export function getQueue(ex: Exchange): void {
  authenticate(ex)
  const queue = queuesOf(ex.ctx.settings.extraQueues).find((q) => q.id === ex.params.queueId)
  if (!queue) throw notFound('queue')
  sendJson(ex.res, 200, { id: queue.id, name: queue.name })
}

export function listQueues(ex: Exchange): void {
  authenticate(ex)
  const entities = queuesOf(ex.ctx.settings.extraQueues).map((q) => ({ id: q.id, name: q.name }))
  sendJson(ex.res, 200, entityListingPage(ex, entities))
}
