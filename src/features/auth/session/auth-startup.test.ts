import { afterEach, describe, expect, it, vi } from 'vitest'
import { prepareAuthStartup } from './auth-startup.ts'
import { fakeDriver, testSession } from '../test/test-session.ts'

const conversationId = '3f1c2b8e-6a4d-4d8e-9b1a-2c3d4e5f6a7b'
const launch = `gcConversationId=${conversationId}&gcLangTag=de-de&gcTargetEnv=prod&gcUsePopupAuth=false`

afterEach(() => {
  window.history.replaceState(null, '', '/')
  Reflect.deleteProperty(window, 'opener')
})

/** Leaves by redirect from a Genesys-style launch URL and returns the carry id the driver was given. */
async function leaveForLogin(returnState: unknown): Promise<string> {
  window.history.replaceState(null, '', `/?${launch}`)
  const driver = fakeDriver()
  const { session } = testSession({ driver })
  session.setReturnStateProvider(() => returnState)
  await session.signIn({ method: 'redirect' })
  return driver.redirect.mock.calls[0]?.[0] ?? ''
}

describe('prepareAuthStartup', () => {
  it('puts the launch parameters back and removes code and state from the URL after a redirect', async () => {
    const carryId = await leaveForLogin({ screen: 'review' })
    window.history.replaceState(null, '', `/?code=secret-code&state=oidc-id;${carryId}`)
    const startup = await prepareAuthStartup(window)
    expect(window.location.search).toBe(`?${launch}`)
    expect(window.location.href).not.toMatch(/code=|state=/)
    expect(startup).toEqual({
      kind: 'app',
      callback: {
        href: `http://localhost:3000/?code=secret-code&state=oidc-id;${carryId}`,
        grant: 'code',
        carry: expect.objectContaining({ search: launch, returnState: { screen: 'review' } }) as unknown,
      },
    })
  })

  it('restores the launch only once: a replayed answer has nothing left to restore', async () => {
    const carryId = await leaveForLogin(undefined)
    window.history.replaceState(null, '', `/?code=c&state=x;${carryId}`)
    await prepareAuthStartup(window)
    window.history.replaceState(null, '', `/?code=c&state=x;${carryId}`)
    const replay = await prepareAuthStartup(window)
    expect(replay).toMatchObject({ kind: 'app', callback: { carry: undefined } })
    expect(window.location.search).toBe('')
  })

  it('strips an implicit token from the fragment', async () => {
    const carryId = await leaveForLogin(undefined)
    window.history.replaceState(
      null,
      '',
      `/#access_token=secret&expires_in=60&token_type=bearer&state=${carryId}`,
    )
    const startup = await prepareAuthStartup(window)
    expect(startup).toMatchObject({ kind: 'app', callback: { grant: 'implicit' } })
    expect(window.location.hash).toBe('')
    expect(window.location.search).toBe(`?${launch}`)
  })

  it('in a popup, hands the answer to the opener on our own origin only', async () => {
    const opener = { postMessage: vi.fn() }
    Object.defineProperty(window, 'opener', { value: opener, configurable: true })
    const href =
      'http://localhost:3000/#access_token=t&expires_in=60&token_type=bearer&state=0123456789abcdef0123456789abcdef'
    window.history.replaceState(null, '', href.slice('http://localhost:3000'.length))
    await expect(prepareAuthStartup(window)).resolves.toEqual({ kind: 'popup-callback' })
    expect(opener.postMessage).toHaveBeenCalledWith(
      { source: 'pdw-auth-popup', url: href },
      'http://localhost:3000',
    )
    expect(window.location.hash).toBe('')
  })

  it('leaves ordinary launches alone', async () => {
    window.history.replaceState(null, '', `/?${launch}`)
    await expect(prepareAuthStartup(window)).resolves.toEqual({ kind: 'app', callback: undefined })
    expect(window.location.search).toBe(`?${launch}`)
  })
})
