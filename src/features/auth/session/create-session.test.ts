import { afterEach, describe, expect, it, vi } from 'vitest'
import { resolveRuntimeConfig } from '../../../config/resolve-runtime-config.ts'
import { loadOidcLibrary, loadSignInDrivers } from '../drivers/load-sign-in-code.ts'
import { createAuthSessionFromConfig } from './create-session.ts'
import { createTokenStore, tokenFromResponse } from './token-record.ts'
import { received } from '../test/test-session.ts'

// Records when the sign-in code is requested; the chunks themselves never arrive here.
vi.mock('../drivers/load-sign-in-code.ts', () => ({
  loadSignInDrivers: vi.fn(() => new Promise(() => undefined)),
  loadOidcLibrary: vi.fn(() => new Promise(() => undefined)),
}))

const config = (grant: 'pkce' | 'implicit') =>
  resolveRuntimeConfig(
    { clientId: 'widget-local', grant, region: 'emulator', emulatorOrigin: 'http://127.0.0.1:8700' },
    new URLSearchParams(),
    window.location,
  )
const storeValidToken = () =>
  createTokenStore(sessionStorage, 'widget-local', 'http://127.0.0.1:8700').write(
    tokenFromResponse(received(3600), Date.now()),
  )

afterEach(() => {
  vi.clearAllMocks()
  vi.useRealTimers()
})

describe('the session fetches the sign-in code', () => {
  it('at start-up when there is no valid token: the drivers and, for PKCE, oidc-client-ts side by side', () => {
    const stop = createAuthSessionFromConfig(config('pkce'), undefined).start()
    expect(loadSignInDrivers).toHaveBeenCalledTimes(1)
    expect(loadOidcLibrary).toHaveBeenCalledTimes(1)
    stop()
  })

  it('at start-up when a redirect answer is to be finished, even with a stored token', () => {
    storeValidToken()
    const callback = {
      href: 'http://localhost:3000/#access_token=t',
      grant: 'implicit' as const,
      carry: undefined,
    }
    const stop = createAuthSessionFromConfig(config('implicit'), callback).start()
    expect(loadSignInDrivers).toHaveBeenCalledTimes(1)
    expect(loadOidcLibrary).not.toHaveBeenCalled() // the implicit grant does not use it
    stop()
  })

  it('when signed in from a stored token, only the small chunk and only once the browser is idle', () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestIdleCallback', undefined) // the timer fallback, which fake timers can drive
    storeValidToken()
    const stop = createAuthSessionFromConfig(config('pkce'), undefined).start()
    expect(loadSignInDrivers).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1_000)
    expect(loadSignInDrivers).toHaveBeenCalledTimes(1)
    expect(loadOidcLibrary).not.toHaveBeenCalled() // waits for an actual sign-in
    stop()
    vi.unstubAllGlobals()
  })
})
