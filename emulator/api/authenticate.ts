import type { Exchange } from '../context.ts'
import { GenesysError, notFound } from '../http/genesys-error.ts'
import { rateLimitHeaders } from '../http/rate-limit.ts'
import type { StoredConversation, TokenRecord } from '../state/model.ts'
import { checkBearer } from '../state/tokens.ts'
import { canSee } from '../state/users.ts'

export interface Principal {
  token: TokenRecord
  /** null for client-credentials tokens: no user context, org-wide visibility. */
  userId: string | null
  /** Who a write log entry names: the user id, or the OAuth client id. */
  actor: string
}

/**
 * Bearer check (401 for missing, unknown, expired or revoked tokens) and the per-token rate limit (429). Sets the
 * inin-ratelimit-* headers on the response, so every API answer after this point carries them.
 */
export function authenticate(ex: Exchange): Principal {
  const { ctx, req, res } = ex
  const check = checkBearer(req.headers.authorization, ctx.state.tokens, ctx.now())
  if (!check.ok) {
    if (check.reason === 'missing') {
      throw new GenesysError(
        401,
        'authentication.required',
        'No authentication bearer token specified in authorization header.',
      )
    }
    throw new GenesysError(401, 'bad.credentials', 'Invalid login credentials.', { reason: check.reason })
  }
  const decision = ctx.limiter.check(check.record.token, ctx.now(), ctx.settings.rateLimitPerMinute)
  for (const [name, value] of Object.entries(rateLimitHeaders(decision))) res.setHeader(name, value)
  if (!decision.allowed) {
    const seconds = decision.resetSeconds
    throw new GenesysError(
      429,
      'too.many.requests.retry.after',
      `Rate limit exceeded the maximum. Retry the request in [${seconds}] seconds`,
      { retryAfter: String(seconds) },
      { 'Retry-After': String(seconds) },
    )
  }
  const record = check.record
  return { token: record, userId: record.userId, actor: record.userId ?? record.clientId }
}

export function requireUserContext(principal: Principal): string {
  if (principal.userId === null) {
    throw new GenesysError(
      400,
      'bad.request',
      'This request requires a user context. Client credentials cannot be used for requests to this resource.',
    )
  }
  return principal.userId
}

/** Genesys hides conversations a user may not see: 404, never 403. */
export function visibleConversation(
  ex: Exchange,
  principal: Principal,
  conversationId: string,
): StoredConversation {
  const conversation = ex.ctx.state.conversations.get(conversationId)
  if (!conversation || !canSee(principal.userId, conversation)) throw notFound('conversation')
  return conversation
}
