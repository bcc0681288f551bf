import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator } from '../server.ts'
import type { RunningEmulator } from '../server.ts'
import { admin, pkcePair, submitLogin, widgetRedirect } from '../test-support/http-client.ts'

let emu: RunningEmulator
beforeAll(async () => {
  emu = await startEmulator({ port: 0, redirectUris: ['http://127.0.0.1:9999/app/'] })
})
afterAll(() => emu.close())
beforeEach(async () => void (await admin(emu.origin, '/reset')))

function authorizeUrl(params: Record<string, string>): string {
  return `${emu.origin}/oauth/authorize?${new URLSearchParams(params).toString()}`
}

const codeParams = (): Record<string, string> => ({
  client_id: 'widget-local',
  redirect_uri: widgetRedirect,
  response_type: 'code',
  code_challenge: pkcePair().challenge,
  code_challenge_method: 'S256',
  state: 's1',
})

describe('GET /oauth/authorize', () => {
  it('shows a login page that refuses framing and lists the three users', async () => {
    const response = await fetch(authorizeUrl(codeParams()))
    expect(response.status).toBe(200)
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    const html = await response.text()
    for (const email of ['agent@example.com', 'agent2@example.com', 'supervisor@example.com'])
      expect(html).toContain(email)
    expect(html).toContain('<label for="user-0">')
    expect(html).toContain('value="deny"')
  })

  it('shows an error page, not a redirect, for an unknown client or unregistered redirect URI', async () => {
    const unknownClient = await fetch(authorizeUrl({ ...codeParams(), client_id: 'nope' }), {
      redirect: 'manual',
    })
    expect(unknownClient.status).toBe(400)
    expect(unknownClient.headers.get('location')).toBeNull()
    const badRedirect = await fetch(authorizeUrl({ ...codeParams(), redirect_uri: 'http://evil.example/' }), {
      redirect: 'manual',
    })
    expect(badRedirect.status).toBe(400)
    expect(await badRedirect.text()).toContain('not registered')
    const noSlash = await fetch(authorizeUrl({ ...codeParams(), redirect_uri: 'http://127.0.0.1:5173' }), {
      redirect: 'manual',
    })
    expect(noSlash.status).toBe(400)
  })

  it('ignores the query string of the redirect URI and accepts extra registered URIs', async () => {
    const withQuery = await fetch(
      authorizeUrl({ ...codeParams(), redirect_uri: `${widgetRedirect}?gcConversationId=x` }),
    )
    expect(withQuery.status).toBe(200)
    const extra = await fetch(authorizeUrl({ ...codeParams(), redirect_uri: 'http://127.0.0.1:9999/app/' }))
    expect(extra.status).toBe(200)
  })

  it.each<[Record<string, string>, string]>([
    [{ code_challenge_method: 'plain' }, 'invalid_request'],
    [{ code_challenge: '' }, 'invalid_request'],
    [{ code_challenge: 'short' }, 'invalid_request'],
    [{ response_type: 'id_token' }, 'unsupported_response_type'],
    [{ response_type: 'token' }, 'unauthorized_client'],
  ])('redirects %o back with error %s in the query', async (override, error) => {
    const response = await fetch(authorizeUrl({ ...codeParams(), ...override }), { redirect: 'manual' })
    expect(response.status).toBe(302)
    const location = new URL(response.headers.get('location') ?? '')
    const params =
      override.response_type === 'token' ? new URLSearchParams(location.hash.slice(1)) : location.searchParams
    expect(params.get('error')).toBe(error)
    expect(params.get('error_description')).toBeTruthy()
    expect(params.get('state')).toBe('s1')
  })

  it('redirects an already signed-in user at once, with a new code and the state', async () => {
    const { cookie } = await submitLogin(emu.origin, { user: 'agent2' })
    const response = await fetch(authorizeUrl(codeParams()), {
      headers: { Cookie: cookie },
      redirect: 'manual',
    })
    expect(response.status).toBe(302)
    const location = new URL(response.headers.get('location') ?? '')
    expect(location.origin + location.pathname).toBe(widgetRedirect)
    expect(location.searchParams.get('code')).toMatch(/.{20,}/)
    expect(location.searchParams.get('state')).toBe('s1')
  })

  it('answers prompt=none without a session with login_required', async () => {
    const response = await fetch(authorizeUrl({ ...codeParams(), prompt: 'none' }), { redirect: 'manual' })
    expect(new URL(response.headers.get('location') ?? '').searchParams.get('error')).toBe('login_required')
  })

  it('sets an HttpOnly SameSite=Lax session cookie on sign-in, cleared by /logout', async () => {
    const response = await fetch(`${emu.origin}/oauth/authorize`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({
        ...codeParams(),
        user_id: '8f2c1a4e-1b7d-4c3a-9e51-00000000a001',
        decision: 'allow',
      }),
    })
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    const cookie = setCookie.split(';')[0] ?? ''
    const logout = await fetch(`${emu.origin}/logout?redirect_uri=${encodeURIComponent(widgetRedirect)}`, {
      headers: { Cookie: cookie },
      redirect: 'manual',
    })
    expect(logout.status).toBe(302)
    expect(logout.headers.get('location')).toBe(widgetRedirect)
    expect(logout.headers.get('set-cookie')).toMatch(/Max-Age=0/)
    const again = await fetch(authorizeUrl(codeParams()), { headers: { Cookie: cookie }, redirect: 'manual' })
    expect(again.status).toBe(200)
  })

  it('sends access_denied back when the user presses Cancel', async () => {
    const { location } = await submitLogin(emu.origin, { decision: 'deny', state: 'keep-me' })
    expect(location.searchParams.get('error')).toBe('access_denied')
    expect(location.searchParams.get('state')).toBe('keep-me')
  })
})

describe('implicit grant', () => {
  it('returns access_token, expires_in, token_type and state in the fragment', async () => {
    const { location } = await submitLogin(emu.origin, {
      clientId: 'widget-local-implicit',
      responseType: 'token',
      state: 'imp',
    })
    const fragment = new URLSearchParams(location.hash.slice(1))
    expect(fragment.get('access_token')).toMatch(/.{20,}/)
    expect(fragment.get('expires_in')).toBe('86400')
    expect(fragment.get('token_type')).toBe('bearer')
    expect(fragment.get('state')).toBe('imp')
    expect(location.search).toBe('')
    const me = await fetch(`${emu.origin}/api/v2/users/me`, {
      headers: { Authorization: `Bearer ${fragment.get('access_token') ?? ''}` },
    })
    expect(((await me.json()) as { email: string }).email).toBe('agent@example.com')
  })

  it('puts errors in the fragment for implicit requests', async () => {
    const { location } = await submitLogin(emu.origin, {
      clientId: 'widget-local-implicit',
      responseType: 'token',
      decision: 'deny',
    })
    expect(new URLSearchParams(location.hash.slice(1)).get('error')).toBe('access_denied')
  })
})
