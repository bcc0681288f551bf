import type { TokenResponse } from '../../src/genesys/schemas.ts'
import type { EmulatorContext, Exchange } from '../context.ts'
import { readFormBody } from '../http/body.ts'
import { sendJson } from '../http/respond.ts'
import type { OAuthClient } from '../state/clients.ts'
import { issueToken } from '../state/tokens.ts'
import { verifierMatches } from './pkce.ts'

/*
 * POST /oauth/token (RFC 6749 §3.2, §4.1.3, §4.4; RFC 7636 §4.6). Errors are `{error, error_description}` with
 * 400, except invalid_client which is 401 (with WWW-Authenticate when the client tried HTTP Basic).
 */

class OAuthError extends Error {
  constructor(
    readonly error: string,
    description: string,
    readonly status = 400,
    readonly basicChallenge = false,
  ) {
    super(description)
  }
}

const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' }

type BasicCredentials = { id: string; secret: string } | null

function parseBasic(header: string | undefined): BasicCredentials {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '')
  if (!match?.[1]) {
    if (header && /^Basic\b/i.test(header))
      throw new OAuthError('invalid_client', 'Malformed Basic credentials.', 401, true)
    return null
  }
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) throw new OAuthError('invalid_client', 'Malformed Basic credentials.', 401, true)
  try {
    return {
      id: decodeURIComponent(decoded.slice(0, colon)),
      secret: decodeURIComponent(decoded.slice(colon + 1)),
    }
  } catch {
    // RFC 6749 §2.3.1 form-encodes id and secret; a lone "%" is malformed credentials, not our failure.
    throw new OAuthError('invalid_client', 'Malformed Basic credentials.', 401, true)
  }
}

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name)
  if (!value) throw new OAuthError('invalid_request', `Missing required parameter ${name}.`)
  return value
}

function authenticateClient(
  ctx: EmulatorContext,
  form: URLSearchParams,
  basic: BasicCredentials,
): OAuthClient {
  if (basic) {
    const client = ctx.clients.find((c) => c.id === basic.id)
    if (!client || client.secret === null || client.secret !== basic.secret) {
      throw new OAuthError('invalid_client', 'Client authentication failed.', 401, true)
    }
    return client
  }
  const clientId = required(form, 'client_id')
  const client = ctx.clients.find((c) => c.id === clientId)
  if (!client) throw new OAuthError('invalid_client', `Unknown client ${clientId}.`, 401)
  if (client.secret !== null)
    throw new OAuthError('invalid_client', 'Confidential clients authenticate with HTTP Basic.', 401)
  return client
}

function exchangeCode(ctx: EmulatorContext, form: URLSearchParams, basic: BasicCredentials): TokenResponse {
  const client = authenticateClient(ctx, form, basic)
  const code = required(form, 'code')
  const redirectUri = required(form, 'redirect_uri')
  const verifier = required(form, 'code_verifier')
  const record = ctx.state.codes.get(code)
  const now = ctx.now()
  if (!record) throw new OAuthError('invalid_grant', 'Unknown authorization code.')
  if (record.used) {
    // RFC 6749 §4.1.2: a replayed code suggests theft; revoke what it already gave out.
    for (const token of ctx.state.tokens.values()) if (token.fromCode === code) token.revoked = true
    throw new OAuthError('invalid_grant', 'The authorization code has already been used.')
  }
  if (record.expiresAt <= now) throw new OAuthError('invalid_grant', 'The authorization code has expired.')
  if (record.clientId !== client.id)
    throw new OAuthError('invalid_grant', 'The code was issued to another client.')
  // Unreachable with the fixed clients (only widget-local ever receives codes); kept for clients added later.
  if (!client.grants.includes('authorization_code')) {
    throw new OAuthError(
      'unauthorized_client',
      `Client ${client.id} may not use the authorization_code grant.`,
    )
  }
  if (record.redirectUri !== redirectUri) {
    throw new OAuthError('invalid_grant', 'redirect_uri does not match the authorization request.')
  }
  if (!verifierMatches(verifier, record.codeChallenge)) {
    throw new OAuthError('invalid_grant', 'code_verifier does not match the code_challenge.')
  }
  record.used = true
  const lifetime = ctx.settings.tokenLifetimeSeconds
  const token = issueToken({
    clientId: client.id,
    userId: record.userId,
    lifetimeSeconds: lifetime,
    now,
    fromCode: code,
  })
  ctx.state.tokens.set(token.token, token)
  return { access_token: token.token, token_type: 'bearer', expires_in: lifetime }
}

function clientCredentials(ctx: EmulatorContext, basic: BasicCredentials): TokenResponse {
  if (!basic)
    throw new OAuthError('invalid_client', 'Client credentials require HTTP Basic authentication.', 401, true)
  const client = authenticateClient(ctx, new URLSearchParams(), basic)
  if (!client.grants.includes('client_credentials')) {
    throw new OAuthError(
      'unauthorized_client',
      `Client ${client.id} may not use the client_credentials grant.`,
    )
  }
  const lifetime = ctx.settings.tokenLifetimeSeconds
  const token = issueToken({ clientId: client.id, userId: null, lifetimeSeconds: lifetime, now: ctx.now() })
  ctx.state.tokens.set(token.token, token)
  return { access_token: token.token, token_type: 'bearer', expires_in: lifetime }
}

export async function postToken(ex: Exchange): Promise<void> {
  try {
    const contentType = ex.req.headers['content-type'] ?? ''
    const form = await readFormBody(ex.req, ex.ctx.settings.maxBodyBytes)
    // A missing Content-Type is read as a form: the official SDK's client-credentials call sends none.
    if (contentType !== '' && !/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
      throw new OAuthError('invalid_request', 'The token request must be application/x-www-form-urlencoded.')
    }
    const basic = parseBasic(ex.req.headers.authorization)
    const grantType = required(form, 'grant_type')
    let body: TokenResponse
    if (grantType === 'authorization_code') body = exchangeCode(ex.ctx, form, basic)
    else if (grantType === 'client_credentials') body = clientCredentials(ex.ctx, basic)
    else throw new OAuthError('unsupported_grant_type', `Grant type ${grantType} is not supported.`)
    sendJson(ex.res, 200, body, noStore)
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error
    const headers: Record<string, string> = { ...noStore }
    if (error.basicChallenge) headers['WWW-Authenticate'] = 'Basic realm="Genesys Cloud emulator"'
    sendJson(ex.res, error.status, { error: error.error, error_description: error.message }, headers)
  }
}
