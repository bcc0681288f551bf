import { OidcClient, WebStorageStateStore } from 'oidc-client-ts'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { failureFromException } from '../model/auth-failure.ts'
import type { GrantDriverSettings } from './grant-driver.ts'
import { createPkceDriver, pkceSettings } from './pkce-driver.ts'

// Like oidc-client-ts's own tests: inline metadata, no discovery, no network (fetch is stubbed per test).
const settings: GrantDriverSettings = {
  clientId: 'widget-local',
  loginOrigin: 'http://127.0.0.1:8700',
  redirectUri: `${window.location.origin}/`,
  scopes: [],
}
const carryId = '0123456789abcdef0123456789abcdef'
const loadLibrary = () => import('oidc-client-ts')

async function startSignIn(driverSettings = settings) {
  const client = new OidcClient(pkceSettings(driverSettings, sessionStorage, { WebStorageStateStore }))
  const request = await client.createSigninRequest({ request_type: 'si:r', url_state: carryId })
  return new URL(request.url)
}

function jsonResponse(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

afterEach(() => vi.unstubAllGlobals())

describe('PKCE with oidc-client-ts', () => {
  it('asks for a code with an S256 challenge at the Genesys authorize path, without openid', async () => {
    const url = await startSignIn()
    expect(`${url.origin}${url.pathname}`).toBe('http://127.0.0.1:8700/oauth/authorize')
    expect(url.searchParams.get('response_type')).toBe('code')
    expect(url.searchParams.get('code_challenge_method')).toBe('S256')
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/)
    expect(url.searchParams.get('client_id')).toBe('widget-local')
    expect(url.searchParams.get('redirect_uri')).toBe(settings.redirectUri)
    expect(url.searchParams.has('scope')).toBe(false)
    expect(url.searchParams.get('state')).toMatch(new RegExp(`;${carryId}$`))
  })

  it('sends configured scopes and never openid', async () => {
    const url = await startSignIn({ ...settings, scopes: ['conversations', 'users:readonly'] })
    expect(url.searchParams.get('scope')).toBe('conversations users:readonly')
  })

  it('keeps its state in sessionStorage, nothing in localStorage', async () => {
    await startSignIn()
    expect(Object.keys(sessionStorage).some((key) => key.startsWith('pdw.oidc.'))).toBe(true)
    expect(localStorage.length).toBe(0)
  })

  it('exchanges the code with the verifier and no secret, and gives back the token', async () => {
    const url = await startSignIn()
    const fetchStub = vi.fn((_input: string, _init?: { body?: string }) =>
      Promise.resolve(jsonResponse({ access_token: 'tok-1', token_type: 'bearer', expires_in: 3600 })),
    )
    vi.stubGlobal('fetch', fetchStub)
    const received = await createPkceDriver(settings, sessionStorage, loadLibrary).completeRedirect(
      `${settings.redirectUri}?code=c-1&state=${encodeURIComponent(url.searchParams.get('state') ?? '')}`,
    )
    expect(received).toEqual({ accessToken: 'tok-1', tokenType: 'bearer', expiresInSeconds: 3600 })
    const [target, init] = fetchStub.mock.calls[0] ?? []
    expect(target).toBe('http://127.0.0.1:8700/oauth/token')
    const body = new URLSearchParams(init?.body)
    expect(body.get('grant_type')).toBe('authorization_code')
    expect(body.get('code')).toBe('c-1')
    expect(body.get('code_verifier')).toMatch(/^[\w-]{43,128}$/)
    expect(body.has('client_secret')).toBe(false)
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('pdw.oidc.user'))).toEqual([])
    expect(localStorage.length).toBe(0)
  })

  it('refuses a tampered state without calling the token endpoint', async () => {
    const url = await startSignIn()
    const fetchStub = vi.fn()
    vi.stubGlobal('fetch', fetchStub)
    const tampered = `x${url.searchParams.get('state') ?? ''}`
    const error = await createPkceDriver(settings, sessionStorage, loadLibrary)
      .completeRedirect(`${settings.redirectUri}?code=c-1&state=${tampered}`)
      .catch((e: unknown) => e)
    expect(failureFromException(error).kind).toBe('state-mismatch')
    expect(fetchStub).not.toHaveBeenCalled()
  })

  it('reports access_denied from the authorize redirect', async () => {
    const url = await startSignIn()
    const state = encodeURIComponent(url.searchParams.get('state') ?? '')
    const error = await createPkceDriver(settings, sessionStorage, loadLibrary)
      .completeRedirect(`${settings.redirectUri}?error=access_denied&state=${state}`)
      .catch((e: unknown) => e)
    expect(failureFromException(error).kind).toBe('access-denied')
  })

  it('reports a redirect URI mismatch at the token endpoint', async () => {
    const url = await startSignIn()
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          jsonResponse({ error: 'invalid_grant', error_description: 'redirect_uri does not match' }, 400),
        ),
      ),
    )
    const state = encodeURIComponent(url.searchParams.get('state') ?? '')
    const error = await createPkceDriver(settings, sessionStorage, loadLibrary)
      .completeRedirect(`${settings.redirectUri}?code=c-1&state=${state}`)
      .catch((e: unknown) => e)
    expect(failureFromException(error).kind).toBe('wrong-redirect-uri')
  })

  it('reports the network being down at the token exchange', async () => {
    const url = await startSignIn()
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    )
    const state = encodeURIComponent(url.searchParams.get('state') ?? '')
    const error = await createPkceDriver(settings, sessionStorage, loadLibrary)
      .completeRedirect(`${settings.redirectUri}?code=c-1&state=${state}`)
      .catch((e: unknown) => e)
    expect(failureFromException(error).kind).toBe('network')
  })
})

describe('PKCE popup', () => {
  function openPopup() {
    const replace = vi.fn<(url: string) => void>()
    const popup = { closed: false, close: vi.fn(() => (popup.closed = true)), location: { replace } }
    // The window the click opened (on-demand-driver.ts) is handed over.
    const result = createPkceDriver(settings, sessionStorage, loadLibrary).popup(popup as unknown as Window)
    return { popup, result, replace }
  }
  const authorizeState = async (replace: { mock: { calls: string[][] } }) => {
    await vi.waitFor(() => expect(replace.mock.calls.length).toBe(1))
    return new URL(replace.mock.calls[0]?.[0] ?? '').searchParams.get('state') ?? ''
  }

  it('sends the window it is handed to the authorize page and exchanges the answer it posts back', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(jsonResponse({ access_token: 'tok-p', token_type: 'bearer', expires_in: 600 })),
      ),
    )
    const { popup, result, replace } = openPopup()
    const state = await authorizeState(replace)
    window.dispatchEvent(
      new MessageEvent('message', {
        origin: window.location.origin,
        data: { source: 'pdw-auth-popup', url: `${settings.redirectUri}?code=c-2&state=${state}` },
      }),
    )
    await expect(result).resolves.toEqual({
      accessToken: 'tok-p',
      tokenType: 'bearer',
      expiresInSeconds: 600,
    })
    expect(popup.close).toHaveBeenCalled()
  })

  it('takes the answer over the BroadcastChannel when a COOP header cut the popup off', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(jsonResponse({ access_token: 'tok-b', token_type: 'bearer', expires_in: 600 })),
      ),
    )
    const { popup, result, replace } = openPopup()
    const state = await authorizeState(replace)
    popup.closed = true // what the opener sees of a popup moved to another browsing context group
    const channel = new BroadcastChannel(`pdw-auth-popup-${state}`)
    channel.postMessage({ source: 'pdw-auth-popup', url: `${settings.redirectUri}?code=c-3&state=${state}` })
    channel.close()
    await expect(result).resolves.toMatchObject({ accessToken: 'tok-b' })
  })

  it('reports a popup closed without an answer', async () => {
    vi.useFakeTimers()
    const { popup, result, replace } = openPopup()
    await vi.waitFor(() => expect(replace).toHaveBeenCalled())
    popup.closed = true
    const settled = result.catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(6_000)
    expect(failureFromException(await settled).kind).toBe('popup-closed')
    vi.useRealTimers()
  })
})
