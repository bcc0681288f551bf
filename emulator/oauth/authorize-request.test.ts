import { describe, expect, it } from 'vitest'
import { buildClients } from '../state/clients.ts'
import { buildRedirect, validateAuthorizeRequest } from './authorize-request.ts'

const clients = buildClients(['http://127.0.0.1:5173/'])
const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
const params = (extra: Record<string, string>): URLSearchParams =>
  new URLSearchParams({
    client_id: 'widget-local',
    redirect_uri: 'http://127.0.0.1:5173/',
    response_type: 'code',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  })

describe('validateAuthorizeRequest', () => {
  it('accepts a PKCE request and keeps the redirect URI as sent (query included)', () => {
    const result = validateAuthorizeRequest(params({ redirect_uri: 'http://127.0.0.1:5173/?a=1' }), clients)
    expect(result).toMatchObject({
      kind: 'ok',
      request: { redirectUri: 'http://127.0.0.1:5173/?a=1', codeChallenge: challenge },
    })
  })

  it('never redirects for a bad client or redirect URI, including a fragment or a service client', () => {
    expect(validateAuthorizeRequest(params({ client_id: 'service-local' }), clients).kind).toBe('page-error')
    expect(validateAuthorizeRequest(params({ redirect_uri: 'http://127.0.0.1:5173/#x' }), clients).kind).toBe(
      'page-error',
    )
    expect(
      validateAuthorizeRequest(params({ redirect_uri: 'http://127.0.0.1:5173/other' }), clients).kind,
    ).toBe('page-error')
  })

  it('reports implicit-flow errors for the fragment', () => {
    const result = validateAuthorizeRequest(
      params({ client_id: 'widget-local', response_type: 'token' }),
      clients,
    )
    expect(result).toMatchObject({
      kind: 'redirect-error',
      responseMode: 'fragment',
      error: 'unauthorized_client',
    })
  })
})

describe('buildRedirect', () => {
  it('adds to the query (keeping the URI’s own) or writes the fragment, leaving out null values', () => {
    expect(buildRedirect('http://h/?a=1', 'query', { code: 'c', state: null })).toBe('http://h/?a=1&code=c')
    expect(buildRedirect('http://h/', 'fragment', { access_token: 't', state: 's' })).toBe(
      'http://h/#access_token=t&state=s',
    )
  })
})
