import { z } from 'zod'
import { AuthFlowError, failureFromOAuthError } from './auth-failure.ts'
import { createCarryId } from './carry-over.ts'
import {
  popupWindowFeatures,
  popupWindowName,
  type GrantDriver,
  type GrantDriverSettings,
} from './grant-driver.ts'
import { parseImplicitFragment } from './implicit-fragment.ts'
import type { ReceivedToken } from './token-record.ts'

/**
 * The implicit grant, for existing Genesys OAuth clients of that type (oidc-client-ts has no implicit support).
 * Genesys is retiring it: no new implicit clients from 2026, none working from 2027. PKCE is the default.
 */
const pendingPrefix = 'pdw.auth.implicit:'
const pendingSchema = z.strictObject({ mode: z.enum(['redirect', 'popup']), createdAt: z.number() })
export const implicitPopupMessageSchema = z.strictObject({
  source: z.literal('pdw-implicit-popup'),
  url: z.string().max(8_000),
})
export const implicitPopupChannel = (state: string) => `pdw-implicit-popup-${state}`

export function implicitAuthorizeUrl(settings: GrantDriverSettings, state: string): string {
  const url = new URL('/oauth/authorize', settings.loginOrigin)
  url.searchParams.set('client_id', settings.clientId)
  url.searchParams.set('redirect_uri', settings.redirectUri)
  url.searchParams.set('response_type', 'token')
  url.searchParams.set('state', state)
  if (settings.scopes.length > 0) url.searchParams.set('scope', settings.scopes.join(' '))
  return url.toString()
}

/** State check, then the fragment's token or error. The pending state is consumed: an answer counts once. */
export function finishImplicit(
  storage: Storage,
  href: string,
  expectedMode: 'redirect' | 'popup',
): ReceivedToken {
  const fragment = parseImplicitFragment(new URL(href).hash)
  if (fragment.kind === 'malformed') throw new AuthFlowError('rejected', 'the sign-in answer was incomplete')
  const state = fragment.state
  const pendingText = state ? storage.getItem(pendingPrefix + state) : null
  if (state) storage.removeItem(pendingPrefix + state)
  const pending = pendingText === null ? undefined : pendingSchema.safeParse(JSON.parse(pendingText))
  if (!pending?.success || pending.data.mode !== expectedMode) {
    // An error answer without our state is still worth showing: Genesys may drop state on some error pages.
    if (fragment.kind === 'error' && !state)
      throw new AuthFlowError(
        failureFromOAuthError(fragment.error, fragment.description).kind,
        fragment.description,
      )
    throw new AuthFlowError('state-mismatch')
  }
  if (fragment.kind === 'error') {
    const failure = failureFromOAuthError(fragment.error, fragment.description)
    throw new AuthFlowError(failure.kind, failure.detail)
  }
  return {
    accessToken: fragment.accessToken,
    tokenType: fragment.tokenType,
    expiresInSeconds: fragment.expiresInSeconds,
  }
}

function remember(storage: Storage, state: string, mode: 'redirect' | 'popup'): void {
  storage.setItem(pendingPrefix + state, JSON.stringify({ mode, createdAt: Date.now() }))
}

function waitForPopupAnswer(popup: Window, state: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const channel = new BroadcastChannel(implicitPopupChannel(state))
    const accept = (data: unknown) => {
      const message = implicitPopupMessageSchema.safeParse(data)
      if (
        !message.success ||
        new URLSearchParams(new URL(message.data.url).hash.slice(1)).get('state') !== state
      )
        return
      cleanup()
      popup.close()
      resolve(message.data.url)
    }
    const onMessage = (event: MessageEvent) => {
      if (event.origin === window.location.origin) accept(event.data)
    }
    const onChannel = (event: MessageEvent) => accept(event.data)
    const closedPoll = window.setInterval(() => {
      if (!popup.closed) return
      // Give a message that is already queued a moment to arrive before calling the popup abandoned.
      window.setTimeout(() => {
        cleanup()
        reject(new AuthFlowError('popup-closed'))
      }, 300)
      window.clearInterval(closedPoll)
    }, 500)
    const cleanup = () => {
      window.clearInterval(closedPoll)
      window.removeEventListener('message', onMessage)
      channel.close()
    }
    window.addEventListener('message', onMessage)
    channel.addEventListener('message', onChannel)
  })
}

export function createImplicitDriver(
  settings: GrantDriverSettings,
  storage: Storage,
  navigate: (url: string) => void = (url) => window.location.assign(url),
): GrantDriver {
  return {
    redirect(carryId) {
      remember(storage, carryId, 'redirect')
      navigate(implicitAuthorizeUrl(settings, carryId))
      return Promise.resolve()
    },
    popup() {
      const state = createCarryId()
      remember(storage, state, 'popup')
      const { width, height } = popupWindowFeatures
      const popup = window.open(
        implicitAuthorizeUrl(settings, state),
        popupWindowName,
        `popup,width=${width},height=${height}`,
      )
      if (!popup) {
        storage.removeItem(pendingPrefix + state)
        return Promise.reject(new AuthFlowError('popup-blocked'))
      }
      return waitForPopupAnswer(popup, state).then((url) => finishImplicit(storage, url, 'popup'))
    },
    completeRedirect: (href) => Promise.resolve().then(() => finishImplicit(storage, href, 'redirect')),
    clear() {
      for (const key of Object.keys(storage)) if (key.startsWith(pendingPrefix)) storage.removeItem(key)
      return Promise.resolve()
    },
  }
}

/** In the popup: hand the fragment to our own origin's opener only, or over BroadcastChannel if it is gone. */
export function notifyOpenerOfImplicitCallback(href: string): void {
  const message = { source: 'pdw-implicit-popup', url: href }
  const opener = window.opener as Window | null
  if (opener) {
    opener.postMessage(message, window.location.origin)
    return
  }
  const state = new URLSearchParams(new URL(href).hash.slice(1)).get('state')
  if (!state) return
  const channel = new BroadcastChannel(implicitPopupChannel(state))
  channel.postMessage(message)
  channel.close()
}
