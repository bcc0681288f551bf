import type * as Oidc from 'oidc-client-ts'
import type { GrantDriverSettings, LoadedGrantDriver } from './grant-driver.ts'
import { waitForPopupAnswer } from './popup-window.ts'
import type { ReceivedToken } from '../session/token-record.ts'

/**
 * The only place that knows oidc-client-ts. Genesys login is OAuth 2 without OpenID Connect: explicit metadata
 * (no discovery), no `openid` scope, no userinfo, no id_token. Both stores are sessionStorage, because the
 * library's default state store is localStorage and our rule is that nothing of auth ever lands there.
 */
export function pkceSettings(
  settings: GrantDriverSettings,
  storage: Storage,
  { WebStorageStateStore }: Pick<typeof Oidc, 'WebStorageStateStore'>,
): Oidc.UserManagerSettings {
  const { loginOrigin } = settings
  return {
    authority: loginOrigin,
    metadata: {
      issuer: loginOrigin,
      authorization_endpoint: `${loginOrigin}/oauth/authorize`,
      token_endpoint: `${loginOrigin}/oauth/token`,
    },
    client_id: settings.clientId,
    redirect_uri: settings.redirectUri,
    popup_redirect_uri: settings.redirectUri,
    response_type: 'code',
    response_mode: 'query',
    // No scopes configured: send no scope parameter, so the OAuth client's own scope list applies. The library
    // insists on a non-empty value internally, hence the placeholder that never leaves this module.
    scope: settings.scopes.length > 0 ? settings.scopes.join(' ') : 'client-default',
    omitScopeWhenRequesting: settings.scopes.length === 0,
    loadUserInfo: false,
    filterProtocolClaims: false,
    userStore: new WebStorageStateStore({ store: storage, prefix: 'pdw.oidc.' }),
    stateStore: new WebStorageStateStore({ store: storage, prefix: 'pdw.oidc.' }),
    automaticSilentRenew: false,
    monitorSession: false,
    revokeTokensOnSignout: false,
  }
}

function toReceived(user: {
  access_token: string
  token_type: string
  expires_in?: number | undefined
}): ReceivedToken {
  return { accessToken: user.access_token, tokenType: user.token_type, expiresInSeconds: user.expires_in }
}

/**
 * `loadLibrary` fetches oidc-client-ts (load-sign-in-code.ts in the app); it is passed in so that this chunk never
 * imports the module that imports it.
 */
export function createPkceDriver(
  settings: GrantDriverSettings,
  storage: Storage,
  loadLibrary: () => Promise<typeof Oidc>,
): LoadedGrantDriver {
  let parts: Promise<{ manager: Oidc.UserManager; client: Oidc.OidcClient }> | undefined
  const load = () => {
    parts ??= loadLibrary().then((oidc) => {
      const managerSettings = pkceSettings(settings, storage, oidc)
      // The popup is ours (popup-window.ts), not the library's: one window handling for both grants, an answer
      // that still arrives when a COOP header cut the popup off, and a clear "closed" after a grace period.
      return { manager: new oidc.UserManager(managerSettings), client: new oidc.OidcClient(managerSettings) }
    })
    return parts
  }
  return {
    redirect: async (carryId) => (await load()).manager.signinRedirect({ url_state: carryId }),
    async popup(popup) {
      try {
        const { client } = await load()
        const request = await client.createSigninRequest({ request_type: 'si:p', display: 'popup' })
        popup.location.replace(request.url)
        const answer = await waitForPopupAnswer(popup, request.state.id)
        return toReceived(await client.processSigninResponse(answer))
      } finally {
        if (!popup.closed) popup.close()
      }
    },
    async completeRedirect(href) {
      const { manager } = await load()
      const user = await manager.signinRedirectCallback(href)
      // Our token record is the one copy the app uses; the library's copy of the user would only be a second one.
      await manager.removeUser()
      return toReceived(user)
    },
    async clear() {
      const { manager } = await load()
      await manager.removeUser()
      await manager.clearStaleState()
    },
  }
}
