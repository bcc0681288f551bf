import { afterEach, describe, expect, it, vi } from 'vitest'
import { resolveRuntimeConfig } from '../../../config/resolve-runtime-config.ts'
import { prepareAuthStartup } from './auth-startup.ts'
import { createAuthSessionFromConfig } from './create-session.ts'

// Offline: the sign-in chunk never arrives.
vi.mock('../drivers/sign-in-drivers.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module')
})

const answer =
  'http://localhost:3000/#access_token=t&expires_in=60&token_type=bearer&state=0123456789abcdef0123456789abcdef'

afterEach(() => {
  window.history.replaceState(null, '', '/')
  Reflect.deleteProperty(window, 'opener')
})

describe('start-up when the sign-in code cannot be downloaded', () => {
  it('a popup that cannot hand its answer over does not claim to be signed in: it reports what failed', async () => {
    const opener = { postMessage: vi.fn() }
    Object.defineProperty(window, 'opener', { value: opener, configurable: true })
    window.history.replaceState(null, '', answer.slice('http://localhost:3000'.length))
    await expect(prepareAuthStartup(window)).resolves.toMatchObject({
      kind: 'app',
      callback: { href: answer, grant: 'implicit' },
    })
    expect(opener.postMessage).not.toHaveBeenCalled()
    expect(window.location.hash).toBe('') // the token still leaves the URL
  })

  it('a redirect answer waits for the code, and its failure says the sign-in could not start', async () => {
    const config = resolveRuntimeConfig(
      {
        clientId: 'widget-local',
        grant: 'pkce',
        region: 'emulator',
        emulatorOrigin: 'http://127.0.0.1:8700',
      },
      new URLSearchParams(),
      window.location,
    )
    const session = createAuthSessionFromConfig(config, {
      href: 'http://localhost:3000/?code=c&state=s',
      grant: 'code',
      carry: undefined,
    })
    const stop = session.start()
    await session.handleCallbackIfPresent()
    expect(session.getSnapshot()).toMatchObject({
      status: 'error',
      failure: { kind: 'sign-in-unavailable', messageKey: 'failureSignInUnavailable' },
    })
    stop()
  })
})
