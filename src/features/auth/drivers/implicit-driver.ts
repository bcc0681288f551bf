import type { SignInMethod } from '../model/auth-session.ts'
import { AuthFlowError, failureFromOAuthError } from '../model/auth-failure.ts'
import { createCarryId } from '../session/carry-id.ts'
import { finiteNumber, readExactly, type FieldCheck } from './checked-record.ts'
import type { GrantDriverSettings, LoadedGrantDriver } from './grant-driver.ts'
import { parseImplicitFragment } from '../model/implicit-fragment.ts'
import { waitForPopupAnswer } from './popup-window.ts'
import { storageKeys } from '../session/storage-keys.ts'
import type { ReceivedToken } from '../session/token-record.ts'

/**
 * The implicit grant, for existing Genesys OAuth clients of that type (oidc-client-ts has no implicit support).
 * Genesys is retiring it: no new implicit clients from 2026, none working from 2027. PKCE is the default.
 */
const pendingPrefix = 'pdw.auth.implicit:'
const isSignInMethod: FieldCheck<SignInMethod> = (field): field is SignInMethod =>
  field === 'redirect' || field === 'popup'

function readPending(text: string | null) {
  if (text === null) return undefined
  return readExactly<{ mode: SignInMethod; createdAt: number }>(JSON.parse(text), {
    mode: isSignInMethod,
    createdAt: finiteNumber,
  })
}

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
export function finishImplicit(storage: Storage, href: string, expectedMode: SignInMethod): ReceivedToken {
  const fragment = parseImplicitFragment(new URL(href).hash)
  if (fragment.kind === 'malformed') throw new AuthFlowError('rejected', 'the sign-in answer was incomplete')
  const state = fragment.state
  const pendingText = state ? storage.getItem(pendingPrefix + state) : null
  if (state) storage.removeItem(pendingPrefix + state)
  const pending = readPending(pendingText)
  if (pending?.mode !== expectedMode) {
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

function remember(storage: Storage, state: string, mode: SignInMethod): void {
  storage.setItem(pendingPrefix + state, JSON.stringify({ mode, createdAt: Date.now() }))
}

export function createImplicitDriver(
  settings: GrantDriverSettings,
  storage: Storage,
  navigate: (url: string) => void = (url) => window.location.assign(url),
): LoadedGrantDriver {
  return {
    redirect(carryId) {
      remember(storage, carryId, 'redirect')
      navigate(implicitAuthorizeUrl(settings, carryId))
      return Promise.resolve()
    },
    async popup(popup) {
      const state = createCarryId()
      remember(storage, state, 'popup')
      popup.location.replace(implicitAuthorizeUrl(settings, state))
      return finishImplicit(storage, await waitForPopupAnswer(popup, state), 'popup')
    },
    completeRedirect: (href) => Promise.resolve().then(() => finishImplicit(storage, href, 'redirect')),
    clear() {
      for (const key of storageKeys(storage)) if (key.startsWith(pendingPrefix)) storage.removeItem(key)
      return Promise.resolve()
    },
  }
}
