import { describe, expect, it } from 'vitest'
import { authFailure } from './auth-failure.ts'
import type { AuthSnapshot } from './auth-session.ts'
import { initialSessionSnapshot, reduceSession, type SessionEvent } from './session-reducer.ts'

const facts = {
  storedTokenExpiresAt: undefined,
  hasCallback: false,
  unansweredRedirect: undefined,
  isFramed: false,
  usePopupAuth: false,
  failure: (kind: 'frame-refused' | 'no-answer') => authFailure(kind),
}
const signedOut = initialSessionSnapshot(facts)
const run = (events: SessionEvent[], from: AuthSnapshot = signedOut) => events.reduce(reduceSession, from)
const signedIn = run([{ type: 'token-adopted', expiresAt: 5_000 }])

describe('initialSessionSnapshot', () => {
  it('starts signed out, redirecting in a tab and renewing by popup in a frame', () => {
    expect(signedOut).toMatchObject({
      status: 'signed-out',
      preferredMethod: 'redirect',
      renewalMethod: 'redirect',
    })
    expect(initialSessionSnapshot({ ...facts, isFramed: true })).toMatchObject({
      preferredMethod: 'redirect',
      renewalMethod: 'popup',
    })
  })

  it('starts signed in with a stored token, unless a redirect answer is waiting', () => {
    expect(initialSessionSnapshot({ ...facts, storedTokenExpiresAt: 9 })).toMatchObject({
      status: 'signed-in',
      expiresAt: 9,
      hadSession: true,
    })
    expect(initialSessionSnapshot({ ...facts, storedTokenExpiresAt: 9, hasCallback: true }).status).toBe(
      'signed-out',
    )
  })

  it('says a redirect from a frame was refused, and uses a popup from then on', () => {
    const refused = initialSessionSnapshot({ ...facts, isFramed: true, unansweredRedirect: { framed: true } })
    expect(refused).toMatchObject({
      status: 'error',
      failure: { kind: 'frame-refused' },
      preferredMethod: 'popup',
    })
    const lost = initialSessionSnapshot({ ...facts, unansweredRedirect: { framed: false } })
    expect(lost).toMatchObject({
      status: 'error',
      failure: { kind: 'no-answer' },
      preferredMethod: 'redirect',
    })
  })
})

describe('reduceSession', () => {
  it('a failed renewal while the token works keeps the user working and offers Renew', () => {
    const failure = authFailure('network')
    const loud = run([{ type: 'login-failed', failure, hasToken: true, quiet: false }], signedIn)
    expect(loud).toMatchObject({ status: 'signed-in', failure, renewal: 'due' })
    const quiet = run([{ type: 'login-failed', failure, hasToken: true, quiet: true }], signedIn)
    expect(quiet).toMatchObject({ status: 'signed-in', failure: undefined, renewal: 'due' })
  })

  it('a failed first sign-in is an error; after a session it is an expired one', () => {
    const failure = authFailure('rejected')
    const event: SessionEvent = { type: 'login-failed', failure, hasToken: false, quiet: false }
    expect(run([event])).toMatchObject({ status: 'error', renewal: 'none' })
    expect(run([{ type: 'token-expired' }, event], signedIn)).toMatchObject({
      status: 'error',
      renewal: 'expired',
    })
  })

  it('expiry keeps an error on screen and the session marker, so work on screen stays mounted', () => {
    expect(run([{ type: 'token-expired' }], signedIn)).toMatchObject({
      status: 'signed-out',
      renewal: 'expired',
      expiresAt: undefined,
      hadSession: true,
    })
    const failed = run(
      [{ type: 'login-failed', failure: authFailure('network'), hasToken: false, quiet: false }],
      signedIn,
    )
    expect(run([{ type: 'token-expired' }], failed).status).toBe('error')
  })

  it('signing out forgets the session; only signing out here drops the carried screen', () => {
    const carried = run([
      { type: 'callback-started', returnState: { screen: 1 } },
      { type: 'token-adopted', expiresAt: 5 },
    ])
    expect(run([{ type: 'signed-out', here: true }], carried)).toMatchObject({
      status: 'signed-out',
      hadSession: false,
      renewal: 'none',
      returnState: undefined,
    })
    expect(run([{ type: 'signed-out', here: false }], carried).returnState).toEqual({ screen: 1 })
  })

  it('opening the login page with a working token renews; without one it signs in', () => {
    expect(run([{ type: 'login-opened', method: 'popup', hasToken: true }], signedIn)).toMatchObject({
      status: 'signed-in',
      renewal: 'renewing',
    })
    expect(run([{ type: 'login-opened', method: 'redirect', hasToken: false }]).status).toBe('signing-in')
  })
})

describe('tokenTag: which token the session holds', () => {
  it('is new with each token, kept while the token expires, and gone on sign-out', () => {
    const adopted = run([{ type: 'token-adopted', expiresAt: 5_000, obtainedAt: 1_000 }])
    expect(adopted.tokenTag).toBe(1_000)
    expect(reduceSession(adopted, { type: 'token-expired' }).tokenTag).toBe(1_000)
    expect(
      reduceSession(adopted, { type: 'token-adopted', expiresAt: 9_000, obtainedAt: 2_000 }).tokenTag,
    ).toBe(2_000)
    expect(reduceSession(adopted, { type: 'signed-out', here: true }).tokenTag).toBeUndefined()
  })
})
