import type { OAuthClient } from '../state/clients.ts'
import { isRegisteredRedirect } from '../state/clients.ts'
import { challengePattern } from './pkce.ts'

/*
 * Validation of an authorization request (RFC 6749 §4.1.2.1, §4.2.2.1; RFC 7636). Until client and redirect URI
 * are known good, errors are shown on a page — redirecting to an unverified URI would make us an open redirector.
 * After that, errors go back to the redirect URI: in the query for the code flow, in the fragment for implicit.
 */

export type ResponseMode = 'query' | 'fragment'

export interface AuthorizeRequest {
  client: OAuthClient
  redirectUri: string
  responseType: 'code' | 'token'
  responseMode: ResponseMode
  state: string | null
  codeChallenge: string | null
  prompt: string | null
}

export type AuthorizeValidation =
  | { kind: 'ok'; request: AuthorizeRequest }
  | { kind: 'page-error'; message: string }
  | {
      kind: 'redirect-error'
      redirectUri: string
      responseMode: ResponseMode
      state: string | null
      error: string
      description: string
    }

export function validateAuthorizeRequest(
  params: URLSearchParams,
  clients: readonly OAuthClient[],
): AuthorizeValidation {
  const clientId = params.get('client_id')
  const client = clients.find((c) => c.id === clientId)
  if (!client || client.redirectUris.length === 0) {
    return { kind: 'page-error', message: `Unknown or unsuitable OAuth client "${clientId ?? ''}".` }
  }
  const redirectUri = params.get('redirect_uri')
  if (!redirectUri || !isRegisteredRedirect(client, redirectUri)) {
    return {
      kind: 'page-error',
      message: `The redirect URI "${redirectUri ?? ''}" is not registered for client ${client.id}.`,
    }
  }
  const responseTypeParam = params.get('response_type')
  const responseMode: ResponseMode = responseTypeParam === 'token' ? 'fragment' : 'query'
  const state = params.get('state')
  const fail = (error: string, description: string): AuthorizeValidation => ({
    kind: 'redirect-error',
    redirectUri,
    responseMode,
    state,
    error,
    description,
  })
  if (responseTypeParam !== 'code' && responseTypeParam !== 'token') {
    return fail(
      'unsupported_response_type',
      `response_type must be code or token, got "${responseTypeParam ?? ''}".`,
    )
  }
  const grant = responseTypeParam === 'code' ? 'authorization_code' : 'implicit'
  if (!client.grants.includes(grant)) {
    return fail('unauthorized_client', `Client ${client.id} may not use response_type=${responseTypeParam}.`)
  }
  const codeChallenge = params.get('code_challenge')
  if (responseTypeParam === 'code') {
    if (!codeChallenge) return fail('invalid_request', 'code_challenge is required (PKCE).')
    if (params.get('code_challenge_method') !== 'S256') {
      return fail('invalid_request', 'code_challenge_method must be S256; plain is not supported.')
    }
    if (!challengePattern.test(codeChallenge)) {
      return fail('invalid_request', 'code_challenge must be a base64url SHA-256 digest (43 characters).')
    }
  }
  return {
    kind: 'ok',
    request: {
      client,
      redirectUri,
      responseType: responseTypeParam,
      responseMode,
      state,
      codeChallenge: responseTypeParam === 'code' ? codeChallenge : null,
      prompt: params.get('prompt'),
    },
  }
}

/** Appends OAuth response parameters to the redirect URI, keeping the URI's own query. */
export function buildRedirect(
  redirectUri: string,
  mode: ResponseMode,
  values: Record<string, string | null>,
): string {
  const entries = Object.entries(values).filter((e): e is [string, string] => e[1] !== null)
  if (mode === 'fragment') return `${redirectUri}#${new URLSearchParams(entries).toString()}`
  const url = new URL(redirectUri)
  for (const [name, value] of entries) url.searchParams.set(name, value)
  return url.href
}
