import { pickLaunchParams } from '../../../config/launch-context.ts'
import { authFailure, failureFromException } from '../model/auth-failure.ts'
import type { AuthSession, AuthSnapshot, SignInMethod } from '../model/auth-session.ts'
import type { PendingCallback } from './auth-startup.ts'
import { createCarryId } from './carry-id.ts'
import { saveCarryOver } from './carry-over.ts'
import type { GrantDriver } from '../drivers/grant-driver.ts'
import { planRenewal } from '../model/renewal-schedule.ts'
import {
  claimRenewal,
  clearRedirectMark,
  markRedirect,
  readRedirectMark,
  releaseRenewal,
} from './session-claims.ts'
import {
  openSessionChannel,
  sessionChannelName,
  type SessionChannel,
  type SessionMessage,
} from './session-channel.ts'
import { initialSessionSnapshot, reduceSession, type SessionEvent } from '../model/session-reducer.ts'
import {
  isTokenValid,
  tokenFromResponse,
  type ReceivedToken,
  type TokenRecord,
  type TokenStore,
} from './token-record.ts'

export interface AuthSessionOptions {
  driver: GrantDriver
  tokenStore: TokenStore
  /** sessionStorage in the app; carry records, claims and marks live here. */
  storage: Storage
  callback: PendingCallback | undefined
  /** The page's current query, whose launch parameters a redirect carries along. */
  currentSearch: () => string
  isFramed: boolean
  usePopupAuth: boolean
  renewalLeadSeconds: number
  now?: () => number
  createChannel?: () => BroadcastChannel | undefined
  /** True when `storage` is an in-memory stand-in: siblings then pass the token itself over the channel. */
  shareTokensOverChannel?: boolean
  /**
   * Ends the Genesys login session on sign-out (end-login-session.ts): `popup` runs in the click, in a frame;
   * `leave` takes the page to the logout page, in a tab, once the app has forgotten the user (`endLoginSession`).
   */
  loginLogout?: { popup: () => boolean; leave: () => void }
  /**
   * True while leaving the page would lose text the user is typing (src/lib/typing-hold.ts): a redirect the
   * widget starts by itself (renewal, a 401) waits until it is false. A popup needs no wait: the page stays.
   */
  isTypingHeld?: () => boolean
  /**
   * Ends a token on the server (`DELETE /api/v2/tokens/me`), fire and forget: a sign-out must not leave a token
   * that still writes as the user, in this tab or in another tab that heard of it.
   */
  revokeToken?: (accessToken: string) => void
}

/** How often a held redirect looks again whether the typing is done. */
export const typingHoldRecheckMs = 1_000

/** The one AuthSession implementation; what differs between PKCE and implicit sits behind GrantDriver. */
export function createAuthSession(options: AuthSessionOptions): AuthSession {
  const { driver, tokenStore, storage } = options
  const now = options.now ?? Date.now
  const instanceId = createCarryId()
  const listeners = new Set<() => void>()
  let callback = options.callback
  let token: TokenRecord | undefined
  let waiters: Array<(ok: boolean) => void> = []
  let pendingReauth: Promise<boolean> | undefined
  // Signed out (here or by a sibling frame) and not signed in since: a 401 then is an answer to a request sent
  // before or during the sign-out, and must not sign the agent back in (the login page may still know them).
  let signedOut = false
  let timers: number[] = []
  let channel: SessionChannel | undefined
  let returnStateProvider: (() => unknown) | undefined
  // Bumped by sign-out, so a popup that answers afterwards cannot sign the user back in.
  let generation = 0
  // Signed out here in a tab: the page leaves for the Genesys logout once the app has forgotten the user.
  let leaveForLogout = false

  // Each widget frame of a tab (one per interaction) has its own launch URL, hence its own redirect mark.
  const launchKey = () => pickLaunchParams(new URLSearchParams(options.currentSearch())).toString()
  const markKey = launchKey()
  // A redirect that never came back: in a frame the login page refused it, so say so and use a popup from now on.
  const unanswered = callback ? undefined : readRedirectMark(storage, markKey, now())
  // A token left by an earlier page load or a sibling frame.
  const initial = tokenStore.read()
  if (!callback && isTokenValid(initial, now())) token = initial
  let snapshot: AuthSnapshot = initialSessionSnapshot({
    storedTokenExpiresAt: token?.expiresAt,
    storedTokenObtainedAt: token?.obtainedAt,
    hasCallback: callback !== undefined,
    unansweredRedirect: unanswered,
    isFramed: options.isFramed,
    usePopupAuth: options.usePopupAuth,
    failure: (kind) => authFailure(kind),
  })

  const dispatch = (event: SessionEvent) => {
    snapshot = reduceSession(snapshot, event)
    for (const listener of listeners) listener()
  }
  const post = (type: SessionMessage['type']) => {
    const shared = options.shareTokensOverChannel && type === 'token-changed' ? token : undefined
    channel?.post(type, shared)
  }
  const clearTimers = () => {
    for (const timer of timers) window.clearTimeout(timer)
    timers = []
  }
  const settleWaiters = (ok: boolean) => {
    const settled = waiters
    waiters = []
    pendingReauth = undefined
    for (const resolve of settled) resolve(ok)
  }

  function schedule(record: TokenRecord) {
    clearTimers()
    const plan = planRenewal({
      obtainedAt: record.obtainedAt,
      expiresAt: record.expiresAt,
      leadSeconds: options.renewalLeadSeconds,
    })
    // Frames that share the token would all fire together; a little spread lets the first one's broadcast win.
    const spread = Math.floor(Math.random() * Math.min(1_500, plan.leadMs / 4))
    timers.push(window.setTimeout(onRenewalDue, Math.max(0, plan.renewAt + spread - now())))
    timers.push(window.setTimeout(onExpired, Math.max(0, record.expiresAt - now())))
  }

  function adopt(record: TokenRecord, share: boolean) {
    token = record
    signedOut = false
    if (share) {
      tokenStore.write(record)
      releaseRenewal(storage, tokenStore.key)
      post('token-changed')
    }
    clearRedirectMark(storage, markKey)
    dispatch({ type: 'token-adopted', expiresAt: record.expiresAt, obtainedAt: record.obtainedAt })
    schedule(record)
    settleWaiters(true)
  }

  const accept = (received: ReceivedToken) => adopt(tokenFromResponse(received, now()), true)

  function fail(error: unknown, quiet = false) {
    const failure = failureFromException(error)
    releaseRenewal(storage, tokenStore.key)
    const hasToken = isTokenValid(token, now())
    dispatch({ type: 'login-failed', failure, hasToken, quiet })
    if (hasToken) post('renewal-due')
  }

  function adoptFresherStoredToken(): boolean {
    const stored = tokenStore.read()
    if (!isTokenValid(stored, now()) || stored.accessToken === token?.accessToken) return false
    adopt(stored, false)
    return true
  }

  function runPopup(quiet = false): Promise<void> {
    let result: Promise<ReceivedToken>
    try {
      result = driver.popup() // synchronously, while the click's user activation lasts
    } catch (error) {
      result = Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
    dispatch({ type: 'login-opened', method: 'popup', hasToken: isTokenValid(token, now()) })
    const started = generation
    return result
      .then((answer) => {
        if (started === generation) accept(answer)
      })
      .catch((error: unknown) => {
        if (started === generation) fail(error, quiet)
      })
  }

  async function runRedirect(): Promise<void> {
    const carryId = createCarryId()
    let returnState: unknown
    try {
      returnState = returnStateProvider?.()
    } catch {
      returnState = undefined // the screen is a nicety; the sign-in must still happen
    }
    saveCarryOver(storage, carryId, {
      search: launchKey(),
      returnState,
      savedAt: now(),
      framed: options.isFramed,
    })
    markRedirect(storage, markKey, now(), options.isFramed)
    dispatch({ type: 'login-opened', method: 'redirect', hasToken: isTokenValid(token, now()) })
    try {
      await driver.redirect(carryId)
    } catch (error) {
      clearRedirectMark(storage, markKey)
      fail(error)
    }
  }

  /** Runs `redirect` once nobody is typing, unless a token came (a sibling, storage) or the user signed out. */
  function redirectWhenNotTyping(redirect: () => void, stillWanted: () => boolean) {
    if (!options.isTypingHeld?.()) {
      redirect()
      return
    }
    timers.push(
      window.setTimeout(() => {
        if (stillWanted()) redirectWhenNotTyping(redirect, stillWanted)
      }, typingHoldRecheckMs),
    )
  }

  function onRenewalDue() {
    if (adoptFresherStoredToken()) return
    if (snapshot.renewalMethod === 'redirect' && options.isTypingHeld?.()) {
      // The token still works: renew once the text being typed is staged or cancelled. If it runs out first,
      // the prompt says so, the text stays on screen, and the renewal still follows the typing.
      const heldToken = token
      const started = generation
      redirectWhenNotTyping(
        onRenewalDue,
        () => started === generation && (token === heldToken || token === undefined),
      )
      return
    }
    if (!claimRenewal(storage, tokenStore.key, instanceId, now())) {
      dispatch({ type: 'sibling-renewing' }) // its broadcast will reach us
      return
    }
    if (snapshot.renewalMethod === 'popup') {
      // Without a click most browsers block this; then the prompt's "Renew" button opens it.
      void runPopup(true)
      return
    }
    void runRedirect()
  }

  function onExpired() {
    if (adoptFresherStoredToken()) return
    token = undefined
    tokenStore.clear()
    dispatch({ type: 'token-expired' })
  }

  function onExternalChange(type: SessionMessage['type'], record?: TokenRecord) {
    if (type === 'token-request') {
      if (options.shareTokensOverChannel && isTokenValid(token, now())) post('token-changed')
      return
    }
    if (
      record &&
      options.shareTokensOverChannel &&
      isTokenValid(record, now()) &&
      record.expiresAt > (token?.expiresAt ?? 0)
    ) {
      tokenStore.write(record)
    }
    if (adoptFresherStoredToken()) return
    const stored = tokenStore.read()
    if (type === 'renewal-due' && isTokenValid(token, now())) {
      dispatch({ type: 'renewal-due' })
      return
    }
    if (type === 'signed-out' && token !== undefined && stored?.accessToken === token.accessToken) {
      // Another tab signed out: it cannot reach this tab's storage, so this tab ends its own token, on the server
      // too, and nothing signs back in by itself. The work on screen stays for the same user, as after an expiry,
      // and the prompt offers Sign in (edits belong to their owner, decision 0032).
      const leaving = token
      signedOut = true
      token = undefined
      clearTimers()
      tokenStore.clear()
      releaseRenewal(storage, tokenStore.key)
      options.revokeToken?.(leaving.accessToken)
      dispatch({ type: 'token-expired' })
      settleWaiters(false)
      return
    }
    if (stored !== undefined || token === undefined) return
    token = undefined
    clearTimers()
    if (type === 'signed-out') {
      signedOut = true
      dispatch({ type: 'signed-out', here: false })
      settleWaiters(false)
    } else {
      dispatch({ type: 'token-lost' })
    }
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getAccessToken() {
      if (isTokenValid(token, now())) return token.accessToken
      return adoptFresherStoredToken() ? (tokenStore.read()?.accessToken ?? null) : null
    },
    signIn({ method } = {}) {
      const chosen: SignInMethod = method ?? snapshot.preferredMethod
      return chosen === 'popup' ? runPopup() : runRedirect()
    },
    reauthenticate() {
      if (adoptFresherStoredToken()) return Promise.resolve(true)
      if (signedOut) return Promise.resolve(false)
      if (pendingReauth) return pendingReauth
      // The server refused a token we thought valid (revoked, idle timeout): it is of no use to any frame.
      token = undefined
      clearTimers()
      tokenStore.clear()
      post('token-cleared')
      dispatch({ type: 'token-lost' })
      pendingReauth = new Promise<boolean>((resolve) => waiters.push(resolve))
      if (snapshot.renewalMethod === 'popup') void runPopup(true)
      else {
        // The prompt says the session ended meanwhile; the page leaves once the typed text is staged or cancelled.
        const started = generation
        redirectWhenNotTyping(
          () => void runRedirect(),
          () => started === generation && token === undefined && pendingReauth !== undefined,
        )
      }
      return pendingReauth
    },
    async signOut() {
      generation += 1
      signedOut = true
      clearTimers()
      if (token) options.revokeToken?.(token.accessToken)
      token = undefined
      tokenStore.clear()
      releaseRenewal(storage, tokenStore.key)
      // Before any await: a popup opens only while the click's user activation lasts. The token is gone first, so
      // the popup's copy of this tab's sessionStorage holds none.
      if (options.loginLogout) {
        if (options.isFramed) options.loginLogout.popup()
        else leaveForLogout = true
      }
      await driver.clear()
      post('signed-out')
      dispatch({ type: 'signed-out', here: true })
      settleWaiters(false)
    },
    endLoginSession() {
      if (!leaveForLogout) return
      leaveForLogout = false
      options.loginLogout?.leave()
    },
    async handleCallbackIfPresent() {
      const found = callback
      callback = undefined
      if (!found) return
      clearRedirectMark(storage, markKey)
      dispatch({ type: 'callback-started', returnState: found.carry?.returnState })
      try {
        accept(await driver.completeRedirect(found.href))
      } catch (error) {
        fail(error)
      }
    },
    setReturnStateProvider(provider) {
      returnStateProvider = provider
    },
    start() {
      if (token) schedule(token)
      // Read once at construction; cleared now so a later reload does not repeat an old story.
      if (unanswered) clearRedirectMark(storage, markKey)
      channel = openSessionChannel(
        options.createChannel ? options.createChannel() : new BroadcastChannel(sessionChannelName),
        tokenStore.key,
        onExternalChange,
      )
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea === storage && event.key === tokenStore.key) onExternalChange('token-changed')
      }
      // Back from the login page via the browser's page cache: the redirect never answered.
      const onPageShow = (event: PageTransitionEvent) => {
        if (!event.persisted || snapshot.status !== 'signing-in') return
        clearRedirectMark(storage, markKey)
        dispatch({
          type: 'login-unanswered',
          failure: authFailure(options.isFramed ? 'frame-refused' : 'no-answer'),
        })
      }
      // Without a shared store a frame that starts later asks its signed-in siblings for the token.
      if (options.shareTokensOverChannel && !token) post('token-request')
      window.addEventListener('storage', onStorage)
      window.addEventListener('pageshow', onPageShow)
      return () => {
        clearTimers()
        channel?.close()
        channel = undefined
        window.removeEventListener('storage', onStorage)
        window.removeEventListener('pageshow', onPageShow)
      }
    },
  }
}
