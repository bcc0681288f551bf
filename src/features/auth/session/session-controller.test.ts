import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AuthFlowError } from '../model/auth-failure.ts'
import { peekCarryOver } from './carry-over.ts'
import { markRedirect } from './session-claims.ts'
import { typingHoldRecheckMs } from './session-controller.ts'
import { createTokenStore } from './token-record.ts'
import { fakeDriver, received, testSession } from '../test/test-session.ts'

const tokenStore = createTokenStore(sessionStorage, 'widget-local', 'http://127.0.0.1:8700')

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 })
  vi.spyOn(Math, 'random').mockReturnValue(0)
})
afterEach(() => vi.useRealTimers())

/** A tab's (or a storage-less frame's) own storage, apart from the real sessionStorage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  }
}

describe('session life', () => {
  it('signs in by popup and hands out the token until it expires', async () => {
    const { session, driver } = testSession({ usePopupAuth: true })
    driver.popup.mockResolvedValue(received(100))
    session.start()
    await session.signIn()
    expect(session.getSnapshot()).toMatchObject({
      status: 'signed-in',
      expiresAt: 1_100_000,
      hadSession: true,
    })
    expect(session.getAccessToken()).toBe('token-1')
    expect(tokenStore.read()?.expiresAt).toBe(1_100_000)
  })

  it('renews by redirect a fifth of a short lifetime before expiry, carrying the launch parameters', async () => {
    window.history.replaceState(null, '', '/?gcConversationId=c-1&gcLangTag=de-de&unrelated=1')
    const { session, driver } = testSession()
    const returnState = { screen: 'attributes', participantId: 'p-1' }
    session.setReturnStateProvider(() => returnState)
    driver.completeRedirect.mockResolvedValue(received(100))
    const withCallback = testSession({
      driver,
      callback: { href: 'http://localhost/?code=x&state=y', grant: 'code', carry: undefined },
    })
    withCallback.session.start()
    withCallback.session.setReturnStateProvider(() => returnState)
    await withCallback.session.handleCallbackIfPresent()
    await vi.advanceTimersByTimeAsync(79_000)
    expect(driver.redirect).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(driver.redirect).toHaveBeenCalledTimes(1)
    const carryId = driver.redirect.mock.calls[0]?.[0] ?? ''
    expect(peekCarryOver(sessionStorage, carryId)).toMatchObject({
      search: 'gcConversationId=c-1&gcLangTag=de-de',
      returnState,
      framed: false,
    })
    window.history.replaceState(null, '', '/')
  })

  /** Signed in by redirect with a 100 s token (renewal due at 80 s); `typing` says whether a field holds text. */
  async function signedInWhileTyping(typing: { now: boolean }) {
    const driver = fakeDriver()
    driver.completeRedirect.mockResolvedValue(received(100))
    const { session } = testSession({
      driver,
      callback: { href: 'http://localhost/?code=x&state=y', grant: 'code', carry: undefined },
      isTypingHeld: () => typing.now,
    })
    session.start()
    await session.handleCallbackIfPresent()
    return { session, driver }
  }

  it('holds the renewal redirect while text is being typed, and renews once it is staged', async () => {
    const typing = { now: true }
    const { session, driver } = await signedInWhileTyping(typing)
    // Due at 80 s; the agent is still typing at 95 s, so the page stays and the token goes on working.
    await vi.advanceTimersByTimeAsync(95_000)
    expect(driver.redirect).not.toHaveBeenCalled()
    expect(session.getAccessToken()).toBe('token-1')
    typing.now = false
    await vi.advanceTimersByTimeAsync(typingHoldRecheckMs)
    expect(driver.redirect).toHaveBeenCalledTimes(1)
  })

  it('a renewal held past expiry still follows once the typing is done', async () => {
    const typing = { now: true }
    const { session, driver } = await signedInWhileTyping(typing)
    await vi.advanceTimersByTimeAsync(120_000)
    expect(driver.redirect).not.toHaveBeenCalled()
    expect(session.getSnapshot()).toMatchObject({ renewal: 'expired' })
    typing.now = false
    await vi.advanceTimersByTimeAsync(typingHoldRecheckMs)
    expect(driver.redirect).toHaveBeenCalledTimes(1)
  })

  it('after a 401, the redirect waits while text is being typed, and leaves once it is done', async () => {
    const typing = { now: false }
    const { session, driver } = await signedInWhileTyping(typing)
    typing.now = true
    void session.reauthenticate()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(driver.redirect).not.toHaveBeenCalled()
    // Meanwhile the prompt says the session ended, with Sign in.
    expect(session.getSnapshot()).toMatchObject({ renewal: 'expired' })
    typing.now = false
    await vi.advanceTimersByTimeAsync(typingHoldRecheckMs)
    expect(driver.redirect).toHaveBeenCalledTimes(1)
  })

  it('in a frame, tries a popup; when blocked it keeps working and offers Renew, then says the session ended', async () => {
    const { session, driver } = testSession({ isFramed: true })
    driver.popup
      .mockResolvedValueOnce(received(100))
      .mockRejectedValueOnce(new AuthFlowError('popup-blocked'))
    session.start()
    await session.signIn({ method: 'popup' })
    await vi.advanceTimersByTimeAsync(80_000)
    expect(driver.popup).toHaveBeenCalledTimes(2)
    expect(session.getSnapshot()).toMatchObject({ status: 'signed-in', renewal: 'due', failure: undefined })
    expect(session.getAccessToken()).toBe('token-1')
    await vi.advanceTimersByTimeAsync(20_000)
    expect(session.getSnapshot()).toMatchObject({
      status: 'signed-out',
      renewal: 'expired',
      hadSession: true,
    })
    expect(session.getAccessToken()).toBeNull()
  })

  it('in a frame, Sign in redirects unless Genesys asks for a popup, while renewals never redirect the frame', () => {
    expect(testSession({ isFramed: true }).session.getSnapshot()).toMatchObject({
      preferredMethod: 'redirect',
      renewalMethod: 'popup',
    })
    expect(testSession({ isFramed: true, usePopupAuth: true }).session.getSnapshot()).toMatchObject({
      preferredMethod: 'popup',
    })
    expect(testSession().session.getSnapshot()).toMatchObject({
      preferredMethod: 'redirect',
      renewalMethod: 'redirect',
    })
  })

  it('a 401 re-authenticates once for all callers and resolves true with the fresh token', async () => {
    const { session, driver } = testSession({ usePopupAuth: true })
    session.start()
    await session.signIn()
    driver.popup.mockResolvedValueOnce(received(3600, 'token-2'))
    const [first, second] = await Promise.all([session.reauthenticate(), session.reauthenticate()])
    expect([first, second]).toEqual([true, true])
    expect(driver.popup).toHaveBeenCalledTimes(2)
    expect(session.getAccessToken()).toBe('token-2')
  })

  it('a 401 whose popup is blocked waits for the user to sign in again', async () => {
    const { session, driver } = testSession({ usePopupAuth: true })
    session.start()
    await session.signIn()
    driver.popup.mockRejectedValueOnce(new AuthFlowError('popup-blocked'))
    const reauth = session.reauthenticate()
    await vi.advanceTimersByTimeAsync(0)
    expect(session.getSnapshot()).toMatchObject({ status: 'error', renewal: 'expired', hadSession: true })
    driver.popup.mockResolvedValueOnce(received(3600, 'token-3'))
    await session.signIn()
    await expect(reauth).resolves.toBe(true)
    expect(session.getAccessToken()).toBe('token-3')
  })

  it('refuses a token that is already expired on arrival', async () => {
    const { session, driver } = testSession({ usePopupAuth: true })
    driver.popup.mockResolvedValue(received(0))
    await session.signIn()
    expect(session.getSnapshot()).toMatchObject({ status: 'error', failure: { kind: 'expired-at-receipt' } })
  })

  it('signing out clears the token and everything of auth in sessionStorage', async () => {
    const { session, driver } = testSession({ usePopupAuth: true })
    await session.signIn()
    let answerLate: (value: ReturnType<typeof received>) => void = () => undefined
    driver.popup.mockReturnValueOnce(new Promise((resolve) => (answerLate = resolve)))
    const reauth = session.reauthenticate()
    await session.signOut()
    answerLate(received(3600, 'too-late'))
    await expect(reauth).resolves.toBe(false)
    expect(driver.clear).toHaveBeenCalled()
    expect(session.getSnapshot()).toMatchObject({ status: 'signed-out', hadSession: false })
    expect(tokenStore.read()).toBeUndefined()
    await vi.advanceTimersByTimeAsync(0)
    expect(session.getSnapshot().status).toBe('signed-out')
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('pdw.auth.token'))).toEqual([])
  })

  it('a 401 answered after signing out does not sign the agent back in', async () => {
    const { session, driver } = testSession({
      callback: { href: 'http://localhost/?code=x&state=y', grant: 'code', carry: undefined },
    })
    session.start()
    await session.handleCallbackIfPresent()
    expect(session.getSnapshot().status).toBe('signed-in')
    await session.signOut()
    // A request sent before the sign-out (live updates still starting up) is answered 401 only now.
    await expect(session.reauthenticate()).resolves.toBe(false)
    expect(driver.redirect).not.toHaveBeenCalled()
    expect(driver.popup).not.toHaveBeenCalled()
    expect(session.getSnapshot()).toMatchObject({ status: 'signed-out', hadSession: false })
    // Once the agent signs in again, a 401 re-authenticates as before.
    await session.signIn({ method: 'popup' })
    void session.reauthenticate()
    expect(driver.redirect).toHaveBeenCalledTimes(1)
  })

  it('picks up a token another frame left in this tab without signing in', () => {
    tokenStore.write({
      accessToken: 'shared',
      tokenType: 'bearer',
      obtainedAt: 1_000_000,
      expiresAt: 2_000_000,
    })
    const { session } = testSession()
    expect(session.getSnapshot().status).toBe('signed-in')
    expect(session.getAccessToken()).toBe('shared')
  })

  it('ignores a stored token that has expired or is malformed', () => {
    sessionStorage.setItem(tokenStore.key, JSON.stringify({ accessToken: 'x' }))
    expect(testSession().session.getSnapshot().status).toBe('signed-out')
    tokenStore.write({ accessToken: 'old', tokenType: 'bearer', obtainedAt: 0, expiresAt: 999_999 })
    expect(testSession().session.getSnapshot().status).toBe('signed-out')
  })
})

describe('callbacks and frames', () => {
  it('finishes a redirect answer and hands back the saved screen', async () => {
    const carry = {
      search: 'gcConversationId=c-1',
      returnState: { screen: 'review' },
      savedAt: 0,
      framed: false,
    }
    const { session, driver } = testSession({
      callback: { href: 'http://localhost/?code=a&state=b', grant: 'code', carry },
    })
    await session.handleCallbackIfPresent()
    expect(driver.completeRedirect).toHaveBeenCalledWith('http://localhost/?code=a&state=b')
    expect(session.getSnapshot()).toMatchObject({ status: 'signed-in', returnState: { screen: 'review' } })
  })

  it('reports a refused answer', async () => {
    const driver = fakeDriver()
    driver.completeRedirect.mockRejectedValue(new Error('No matching state found in storage'))
    const { session } = testSession({
      driver,
      callback: { href: 'http://localhost/?code=a&state=forged', grant: 'code', carry: undefined },
    })
    await session.handleCallbackIfPresent()
    expect(session.getSnapshot()).toMatchObject({ status: 'error', failure: { kind: 'state-mismatch' } })
  })

  it('after a framed redirect that never came back, says the frame was refused and switches to a popup', () => {
    window.history.replaceState(null, '', '/?gcConversationId=c-1')
    markRedirect(sessionStorage, 'gcConversationId=c-1', Date.now(), true)
    const { session } = testSession({ isFramed: true })
    expect(session.getSnapshot()).toMatchObject({
      status: 'error',
      failure: { kind: 'frame-refused' },
      preferredMethod: 'popup',
    })
    window.history.replaceState(null, '', '/')
  })

  it('after a top-level redirect that never came back, says sign-in did not finish and names the likely causes', () => {
    markRedirect(sessionStorage, '', Date.now(), false)
    const { session } = testSession()
    session.start()
    expect(session.getSnapshot()).toMatchObject({
      status: 'error',
      failure: { kind: 'no-answer' },
      preferredMethod: 'redirect',
    })
    expect(testSession().session.getSnapshot().status).toBe('signed-out') // told once, not on every reload
  })

  it('does not blame the frame when another interaction’s widget in the tab redirected', () => {
    markRedirect(sessionStorage, 'gcConversationId=other', Date.now(), true)
    expect(testSession({ isFramed: true }).session.getSnapshot()).toMatchObject({
      status: 'signed-out',
      failure: undefined,
    })
  })
})

describe('sibling frames in one tab', () => {
  it('share one sign-in through sessionStorage and BroadcastChannel, and one sign-out', async () => {
    vi.useRealTimers()
    const channel = () => new BroadcastChannel('pdw-auth-test')
    const first = testSession({ usePopupAuth: true, createChannel: channel })
    const second = testSession({ usePopupAuth: true, createChannel: channel })
    const stops = [first.session.start(), second.session.start()]
    await first.session.signIn()
    await vi.waitFor(() => expect(second.session.getSnapshot().status).toBe('signed-in'))
    expect(second.session.getAccessToken()).toBe('token-1')
    expect(second.driver.popup).not.toHaveBeenCalled()
    await first.session.signOut()
    await vi.waitFor(() =>
      expect(second.session.getSnapshot()).toMatchObject({ status: 'signed-out', hadSession: false }),
    )
    for (const stop of stops) stop()
  })
})

describe('frames refused sessionStorage (third-party storage blocked)', () => {
  function memorySession(share: boolean) {
    const storage = memoryStorage()
    return testSession({
      usePopupAuth: true,
      storage,
      tokenStore: createTokenStore(storage, 'widget-local', 'http://127.0.0.1:8700'),
      createChannel: () => new BroadcastChannel('pdw-auth-memory-test'),
      shareTokensOverChannel: share,
    })
  }

  it('pass the token to siblings over the channel, including to a frame that starts later', async () => {
    vi.useRealTimers()
    const first = memorySession(true)
    const second = memorySession(true)
    const stops = [first.session.start(), second.session.start()]
    await first.session.signIn()
    await vi.waitFor(() => expect(second.session.getAccessToken()).toBe('token-1'))
    const late = memorySession(true)
    stops.push(late.session.start())
    await vi.waitFor(() => expect(late.session.getSnapshot().status).toBe('signed-in'))
    expect(sessionStorage.length).toBe(0)
    for (const stop of stops) stop()
  })

  it('never put the token on the channel while sessionStorage works', async () => {
    vi.useRealTimers()
    const listener = new BroadcastChannel('pdw-auth-memory-test')
    const heard: unknown[] = []
    listener.onmessage = (event: MessageEvent) => heard.push(event.data)
    const { session } = testSession({
      usePopupAuth: true,
      createChannel: () => new BroadcastChannel('pdw-auth-memory-test'),
    })
    const stop = session.start()
    await session.signIn()
    await vi.waitFor(() => expect(heard).toHaveLength(1))
    expect(JSON.stringify(heard)).not.toContain('token-1')
    stop()
    listener.close()
  })
})

describe('tabs of one browser', () => {
  function tab(accessToken: string) {
    const storage = memoryStorage()
    const revoked: string[] = []
    const opened = testSession({
      usePopupAuth: true,
      storage,
      tokenStore: createTokenStore(storage, 'widget-local', 'http://127.0.0.1:8700'),
      createChannel: () => new BroadcastChannel('pdw-auth-tabs-test'),
      revokeToken: (token) => revoked.push(token),
    })
    opened.driver.popup.mockResolvedValue(received(3600, accessToken))
    return { ...opened, revoked }
  }

  it('a sign-out revokes its token on the server, and ends the other tabs’ tokens too, keeping their work', async () => {
    vi.useRealTimers()
    const first = tab('token-1')
    const second = tab('token-2')
    const stops = [first.session.start(), second.session.start()]
    await first.session.signIn()
    await second.session.signIn()
    expect(second.session.getAccessToken()).toBe('token-2')

    await first.session.signOut()
    expect(first.revoked).toEqual(['token-1'])
    await vi.waitFor(() => expect(second.revoked).toEqual(['token-2']))
    expect(second.session.getAccessToken()).toBeNull()
    // As after an expiry: the screen and its staged edits stay (hadSession), and Sign in is offered.
    expect(second.session.getSnapshot()).toMatchObject({ renewal: 'expired', hadSession: true })
    // Nothing signs the user back in by itself: a 401 there does not open the login page.
    await expect(second.session.reauthenticate()).resolves.toBe(false)
    expect(second.driver.popup).toHaveBeenCalledTimes(1)
    for (const stop of stops) stop()
  })
})

describe('storage', () => {
  it('writes nothing of auth to localStorage', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    const { session } = testSession({ usePopupAuth: true })
    session.start()
    await session.signIn()
    await session.signIn({ method: 'redirect' })
    await session.reauthenticate()
    await session.signOut()
    expect(localStorage.length).toBe(0)
    expect(setItem.mock.contexts.every((storage) => storage !== localStorage)).toBe(true)
  })
})
