import type { Exchange } from '../context.ts'
import { redirect, sendHtml } from '../http/respond.ts'
import { isRegisteredRedirect } from '../state/clients.ts'
import { clearedSessionCookie, readSessionId } from './session-cookie.ts'

/**
 * GET /logout?redirect_uri=…: ends the emulator login session (tokens already issued stay valid, as on the real
 * platform). Redirects only to a URI registered for some client, otherwise shows a short page.
 */
export function getLogout(ex: Exchange): void {
  const sessionId = readSessionId(ex.req)
  if (sessionId !== null) ex.ctx.state.sessions.delete(sessionId)
  const headers = { 'Set-Cookie': clearedSessionCookie() }
  const target = ex.url.searchParams.get('redirect_uri')
  if (target !== null && ex.ctx.clients.some((c) => isRegisteredRedirect(c, target))) {
    return redirect(ex.res, target, headers)
  }
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signed out – Genesys Cloud emulator</title></head><body><main><h1>Signed out</h1><p>You are signed out of the Genesys Cloud emulator.</p></main></body></html>`
  sendHtml(ex.res, 200, page, headers)
}
