import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EmulatorContext } from '../context.ts'
import { applyHttpFault } from '../faults.ts'
import { adminCorsHeaders, apiCorsHeaders, preflightHeaders } from './cors.ts'
import { GenesysError, badRequest, genesysErrorBody, notFound } from './genesys-error.ts'
import { parseRequestTarget } from './malformed.ts'
import { sendEmpty, sendJson } from './respond.ts'
import type { Route } from './router.ts'
import { matchRoute } from './router.ts'

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

function setHeaders(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
}

/**
 * One request: admin gate and CORS, injected faults, then the route. Handlers throw GenesysError for expected
 * failures; anything else is a 500 with the same body shape (and a log line, since it is our bug). Never rejects:
 * the server calls it fire-and-forget, and a rejection there would end the process.
 */
export async function dispatch(
  ctx: EmulatorContext,
  routes: readonly Route[],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const contextId = randomUUID()
  res.setHeader('inin-correlation-id', contextId)
  const method = req.method ?? 'GET'
  try {
    const url = parseRequestTarget(req.url)
    if (req.headers.host === undefined && req.httpVersion === '1.1') {
      throw badRequest('An HTTP/1.1 request must carry a Host header (RFC 9112 §3.2).')
    }
    if (url.pathname === '/__admin' || url.pathname.startsWith('/__admin/')) {
      if (!loopback.has(req.socket.remoteAddress ?? '')) {
        throw new GenesysError(403, 'forbidden', 'The admin API answers loopback clients only.')
      }
      setHeaders(res, adminCorsHeaders)
      // Test clients (Playwright's request context) keep sockets alive without an idle timeout of their own, so a
      // call made as this server's keep-alive timer fires meets a reset. Admin calls are few and local: a fresh
      // connection each time costs nothing and leaves no socket to race over.
      res.setHeader('Connection', 'close')
      if (method === 'OPTIONS') return sendEmpty(res, 204)
    } else {
      const cors =
        url.pathname.startsWith('/api/') || url.pathname === '/oauth/token'
          ? apiCorsHeaders(req, ctx.corsOrigins, ctx.settings.exposeRetryAfter)
          : {}
      const fault = ctx.faults.take(method, url.pathname)
      if (fault && (await applyHttpFault(res, fault, cors, contextId)) === 'handled') return
      setHeaders(res, cors)
      if (method === 'OPTIONS') return sendEmpty(res, 204, preflightHeaders(req, ctx.corsOrigins))
    }
    const match = matchRoute(routes, method, url.pathname)
    if (match.kind === 'not-found') throw notFound('resource')
    if (match.kind === 'method-not-allowed') {
      throw new GenesysError(405, 'method.not.allowed', `Method ${method} is not allowed on ${url.pathname}.`)
    }
    await match.handler({ req, res, url, params: match.params, ctx, contextId })
  } catch (error) {
    answerError(res, error, contextId)
  }
}

function answerError(res: ServerResponse, error: unknown, contextId: string): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  if (!(error instanceof GenesysError)) console.error('[emulator] unexpected error', error)
  const known =
    error instanceof GenesysError
      ? error
      : { status: 500, code: 'internal.server.error', message: 'Internal emulator error.', messageParams: {} }
  try {
    sendJson(
      res,
      known.status,
      genesysErrorBody(known, contextId),
      error instanceof GenesysError ? error.headers : {},
    )
  } catch {
    res.destroy()
  }
}
