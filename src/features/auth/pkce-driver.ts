import { UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts'
import { AuthFlowError } from './auth-failure.ts'
import {
  popupWindowFeatures,
  popupWindowName,
  type GrantDriver,
  type GrantDriverSettings,
} from './grant-driver.ts'
import type { ReceivedToken } from './token-record.ts'

/**
 * The only place that knows oidc-client-ts. Genesys login is OAuth 2 without OpenID Connect: explicit metadata
 * (no discovery), no `openid` scope, no userinfo, no id_token. Both stores are sessionStorage, because the
 * library's default state store is localStorage and our rule is that nothing of auth ever lands there.
 */
export function pkceSettings(settings: GrantDriverSettings, storage: Storage): UserManagerSettings {
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
    popupWindowTarget: popupWindowName,
    popupWindowFeatures,
  }
}

function toReceived(user: {
  access_token: string
  token_type: string
  expires_in?: number | undefined
}): ReceivedToken {
  return { accessToken: user.access_token, tokenType: user.token_type, expiresInSeconds: user.expires_in }
}

export function createPkceDriver(settings: GrantDriverSettings, storage: Storage): GrantDriver {
  const manager = new UserManager(pkceSettings(settings, storage))
  // Our token record is the one copy the app uses; the library's copy of the user would only be a second one.
  const finish = async (user: Parameters<typeof toReceived>[0]) => {
    await manager.removeUser()
    return toReceived(user)
  }
  return {
    redirect: (carryId) => manager.signinRedirect({ url_state: carryId }),
    popup: async () => finish(await manager.signinPopup({ popupAbortOnClose: true })),
    async completeRedirect(href) {
      // signinCallback dispatches on the stored request type: a popup answer whose opener was cut off lands
      // here and is handed on to the opener (BroadcastChannel) rather than exchanged twice.
      const user = await manager.signinCallback(href)
      if (!user) throw new AuthFlowError('popup-closed', 'handed to the window that opened this one')
      return finish(user)
    },
    async clear() {
      await manager.removeUser()
      await manager.clearStaleState()
    },
  }
}

/**
 * In the popup: hand the answer to the window that opened it (postMessage to our own origin, or the library's
 * BroadcastChannel when the opener is gone). Needs no config: the opener holds the state and does the exchange.
 */
export async function notifyOpenerOfCodeCallback(href: string): Promise<void> {
  const origin = new URL(href).origin
  const messenger = new UserManager({
    authority: origin,
    client_id: 'popup-callback',
    redirect_uri: href,
    metadata: { issuer: origin },
  })
  await messenger.signinPopupCallback(href)
}
