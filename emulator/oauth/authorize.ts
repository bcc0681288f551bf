import type { EmulatorContext, Exchange } from '../context.ts'
import { readFormBody } from '../http/body.ts'
import { redirect, sendHtml } from '../http/respond.ts'
import type { CodeRecord } from '../state/model.ts'
import { issueToken, newOpaqueSecret } from '../state/tokens.ts'
import { emulatorUsers, findUser } from '../state/users.ts'
import type { AuthorizeRequest } from './authorize-request.ts'
import { buildRedirect, validateAuthorizeRequest } from './authorize-request.ts'
import { renderErrorPage, renderLoginPage } from './login-page.ts'
import { readSessionId, sessionCookie } from './session-cookie.ts'

const forwardedParams = [
  'client_id',
  'redirect_uri',
  'response_type',
  'state',
  'code_challenge',
  'code_challenge_method',
]

/** Success: a code (query) or a token (fragment) for the user, sent back to the validated redirect URI. */
function grantFor(ctx: EmulatorContext, request: AuthorizeRequest, userId: string): string {
  const now = ctx.now()
  if (request.responseType === 'code') {
    const code: CodeRecord = {
      code: newOpaqueSecret(),
      clientId: request.client.id,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge ?? '',
      userId,
      expiresAt: now + ctx.settings.codeLifetimeSeconds * 1000,
      used: false,
    }
    ctx.state.codes.set(code.code, code)
    return buildRedirect(request.redirectUri, 'query', { code: code.code, state: request.state })
  }
  const lifetime = ctx.settings.tokenLifetimeSeconds
  const token = issueToken({ clientId: request.client.id, userId, lifetimeSeconds: lifetime, now })
  ctx.state.tokens.set(token.token, token)
  return buildRedirect(request.redirectUri, 'fragment', {
    access_token: token.token,
    expires_in: String(lifetime),
    token_type: 'bearer',
    state: request.state,
  })
}

function validate(ex: Exchange, params: URLSearchParams): AuthorizeRequest | null {
  const result = validateAuthorizeRequest(params, ex.ctx.clients)
  if (result.kind === 'ok') return result.request
  if (result.kind === 'page-error') {
    sendHtml(ex.res, 400, renderErrorPage(result.message))
  } else {
    const { redirectUri, responseMode, state, error, description } = result
    redirect(
      ex.res,
      buildRedirect(redirectUri, responseMode, { error, error_description: description, state }),
    )
  }
  return null
}

function sessionUser(ex: Exchange): string | null {
  const sessionId = readSessionId(ex.req)
  return sessionId === null ? null : (ex.ctx.state.sessions.get(sessionId) ?? null)
}

export function getAuthorize(ex: Exchange): void {
  const request = validate(ex, ex.url.searchParams)
  if (!request) return
  const userId = sessionUser(ex)
  if (userId !== null) return redirect(ex.res, grantFor(ex.ctx, request, userId))
  if (request.prompt === 'none') {
    const description = 'The user is not signed in and prompt=none forbids showing the login page.'
    return redirect(
      ex.res,
      buildRedirect(request.redirectUri, request.responseMode, {
        error: 'login_required',
        error_description: description,
        state: request.state,
      }),
    )
  }
  const hiddenFields: Record<string, string> = {}
  for (const name of forwardedParams) {
    const value = ex.url.searchParams.get(name)
    if (value !== null) hiddenFields[name] = value
  }
  sendHtml(ex.res, 200, renderLoginPage({ hiddenFields, users: emulatorUsers, clientId: request.client.id }))
}

/** The login form's POST: Cancel → access_denied; Sign in → session cookie + grant. */
export async function postAuthorize(ex: Exchange): Promise<void> {
  const form = await readFormBody(ex.req, ex.ctx.settings.maxBodyBytes)
  const request = validate(ex, form)
  if (!request) return
  if (form.get('decision') === 'deny') {
    return redirect(
      ex.res,
      buildRedirect(request.redirectUri, request.responseMode, {
        error: 'access_denied',
        error_description: 'The user cancelled the sign-in.',
        state: request.state,
      }),
    )
  }
  const user = findUser(form.get('user_id') ?? '')
  if (!user) {
    const hiddenFields = Object.fromEntries(
      forwardedParams.flatMap((n) => (form.has(n) ? [[n, form.get(n) ?? '']] : [])),
    )
    const page = renderLoginPage({
      hiddenFields,
      users: emulatorUsers,
      clientId: request.client.id,
      errorMessage: 'Choose a user.',
    })
    return sendHtml(ex.res, 400, page)
  }
  const sessionId = newOpaqueSecret()
  ex.ctx.state.sessions.set(sessionId, user.id)
  redirect(ex.res, grantFor(ex.ctx, request, user.id), { 'Set-Cookie': sessionCookie(sessionId) })
}
