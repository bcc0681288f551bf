import type { Exchange } from '../context.ts'
import { badRequest } from './genesys-error.ts'

/** Genesys documents no maximum for these listings' pageSize; 500 is the common platform cap [assumed]. */
export const maxPageSize = 500

function pageParameter(ex: Exchange, name: 'pageSize' | 'pageNumber', fallback: number, max: number): number {
  const raw = ex.url.searchParams.get(name)
  if (raw === null || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw badRequest(`${name} must be a whole number from 1 to ${max}.`, { [name]: raw })
  return value
}

/**
 * One page of an entity listing in the SDK's `*EntityListing` shape (pageSize, pageNumber, total, pageCount and
 * the page URIs), as GET /api/v2/users and /api/v2/routing/queues answer: a client that reads only the first page
 * of a large org misses the rest, which is what the paging exists to show.
 */
export function entityListingPage<T>(ex: Exchange, entities: readonly T[]) {
  const pageSize = pageParameter(ex, 'pageSize', 25, maxPageSize)
  const pageNumber = pageParameter(ex, 'pageNumber', 1, Number.MAX_SAFE_INTEGER)
  const total = entities.length
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const uri = (page: number) => `${ex.url.pathname}?pageSize=${pageSize}&pageNumber=${page}`
  return {
    entities: entities.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
    pageSize,
    pageNumber,
    total,
    pageCount,
    firstUri: uri(1),
    selfUri: uri(pageNumber),
    lastUri: uri(pageCount),
    ...(pageNumber < pageCount ? { nextUri: uri(pageNumber + 1) } : {}),
    ...(pageNumber > 1 ? { previousUri: uri(Math.min(pageNumber - 1, pageCount)) } : {}),
  }
}
