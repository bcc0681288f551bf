import type { IncomingMessage } from 'node:http'

const rateLimitHeaders = ['inin-ratelimit-count', 'inin-ratelimit-allowed', 'inin-ratelimit-reset']

/**
 * CORS for the API and token endpoint: only the widget origins (derived from registered redirect URIs), no
 * credentials (bearer tokens travel in a header, not cookies). Retry-After is exposed only when asked, because we
 * cannot confirm that the real platform exposes it; browser code must cope with not seeing it.
 */
export function apiCorsHeaders(
  req: IncomingMessage,
  allowedOrigins: ReadonlySet<string>,
  exposeRetryAfter: boolean,
): Record<string, string> {
  const origin = req.headers.origin
  if (origin === undefined || !allowedOrigins.has(origin)) return { Vary: 'Origin' }
  const exposed = [...rateLimitHeaders, 'inin-correlation-id', ...(exposeRetryAfter ? ['Retry-After'] : [])]
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': exposed.join(', '),
    Vary: 'Origin',
  }
}

export function preflightHeaders(
  req: IncomingMessage,
  allowedOrigins: ReadonlySet<string>,
): Record<string, string> {
  const origin = req.headers.origin
  if (origin === undefined || !allowedOrigins.has(origin)) return { Vary: 'Origin' }
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  }
}

/** The admin API is for tests and demos on this machine: any origin may call it. */
export const adminCorsHeaders: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
}
