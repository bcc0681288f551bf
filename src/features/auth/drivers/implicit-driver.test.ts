import { afterEach, describe, expect, it, vi } from 'vitest'
import { failureFromException } from '../model/auth-failure.ts'
import type { GrantDriverSettings } from './grant-driver.ts'
import { createImplicitDriver } from './implicit-driver.ts'

const settings: GrantDriverSettings = {
  clientId: 'widget-local-implicit',
  loginOrigin: 'http://127.0.0.1:8700',
  redirectUri: `${window.location.origin}/`,
  scopes: [],
}
const carryId = '0123456789abcdef0123456789abcdef'

function redirectDriver() {
  const navigate = vi.fn<(url: string) => void>()
  return { driver: createImplicitDriver(settings, sessionStorage, navigate), navigate }
}

const answer = (fragment: string) => `${settings.redirectUri}#${fragment}`

afterEach(() => vi.useRealTimers())

describe('implicit adapter: redirect', () => {
  it('asks for a token with our state at the Genesys authorize path', async () => {
    const { driver, navigate } = redirectDriver()
    await driver.redirect(carryId)
    const url = new URL(navigate.mock.calls[0]?.[0] ?? '')
    expect(`${url.origin}${url.pathname}`).toBe('http://127.0.0.1:8700/oauth/authorize')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'widget-local-implicit',
      redirect_uri: settings.redirectUri,
      response_type: 'token',
      state: carryId,
    })
  })

  it('accepts the token whose state it issued, once', async () => {
    const { driver } = redirectDriver()
    await driver.redirect(carryId)
    const href = answer(`access_token=tok&expires_in=300&token_type=bearer&state=${carryId}`)
    await expect(driver.completeRedirect(href)).resolves.toEqual({
      accessToken: 'tok',
      tokenType: 'bearer',
      expiresInSeconds: 300,
    })
    const replay = await driver.completeRedirect(href).catch((e: unknown) => e)
    expect(failureFromException(replay).kind).toBe('state-mismatch')
  })

  it('refuses a token with a state it never issued', async () => {
    const { driver } = redirectDriver()
    await driver.redirect(carryId)
    const error = await driver
      .completeRedirect(answer('access_token=tok&expires_in=300&token_type=bearer&state=forged'))
      .catch((e: unknown) => e)
    expect(failureFromException(error).kind).toBe('state-mismatch')
  })

  it('maps error answers', async () => {
    const { driver } = redirectDriver()
    await driver.redirect(carryId)
    const error = await driver
      .completeRedirect(answer(`error=invalid_client&error_description=Unknown+client&state=${carryId}`))
      .catch((e: unknown) => e)
    expect(failureFromException(error)).toMatchObject({ kind: 'unknown-client', detail: 'Unknown client' })
  })
})

describe('implicit adapter: popup', () => {
  function openPopup() {
    const replace = vi.fn<(url: string) => void>()
    const popup = { closed: false, close: vi.fn(() => (popup.closed = true)), location: { replace } }
    // The window the click opened (on-demand-driver.ts) is handed over.
    const driver = createImplicitDriver(settings, sessionStorage)
    const result = driver.popup(popup as unknown as Window)
    const authorizeUrl = new URL(replace.mock.calls[0]?.[0] ?? '')
    const state = authorizeUrl.searchParams.get('state') ?? ''
    return { popup, result, state, authorizeUrl }
  }

  const post = (data: unknown, origin = window.location.origin) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin }))

  it('takes the answer posted back by our own origin and closes the popup', async () => {
    const { popup, result, state } = openPopup()
    post({
      source: 'pdw-auth-popup',
      url: answer(`access_token=tok&expires_in=60&token_type=bearer&state=${state}`),
    })
    await expect(result).resolves.toMatchObject({ accessToken: 'tok', expiresInSeconds: 60 })
    expect(popup.close).toHaveBeenCalled()
  })

  it('ignores messages from other origins, of another shape, or for another state', async () => {
    vi.useFakeTimers()
    const { popup, result, state } = openPopup()
    const url = answer(`access_token=evil&expires_in=60&token_type=bearer&state=${state}`)
    post({ source: 'pdw-auth-popup', url }, 'https://attacker.example')
    post({ source: 'something-else', url })
    post({
      source: 'pdw-auth-popup',
      url: answer('access_token=evil&expires_in=60&token_type=bearer&state=other'),
    })
    popup.closed = true
    const settled = result.catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(6_000)
    expect(failureFromException(await settled).kind).toBe('popup-closed')
  })
})
