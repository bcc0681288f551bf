import type * as Oidc from 'oidc-client-ts'
import type { RuntimeConfig } from '../../../config/resolve-runtime-config.ts'
import type { GrantDriverSettings, LoadedGrantDriver } from './grant-driver.ts'
import { createImplicitDriver } from './implicit-driver.ts'
import { createPkceDriver } from './pkce-driver.ts'

/**
 * The sign-in chunk (decision 0031), fetched by load-sign-in-code.ts: at start-up when this load will sign in,
 * otherwise once the page is idle. Most loads hold a valid token and never sign in, so none of this is in the entry.
 * Nothing here may reach zod, not even through a module of the entry (drivers/checked-record.ts says why).
 */
export function createGrantDriver(
  grant: RuntimeConfig['grant'],
  settings: GrantDriverSettings,
  storage: Storage,
  loadOidcLibrary: () => Promise<typeof Oidc>,
): LoadedGrantDriver {
  return grant === 'pkce'
    ? createPkceDriver(settings, storage, loadOidcLibrary)
    : createImplicitDriver(settings, storage)
}

/** For the page a popup loads with the answer: it hands the answer to its opener (session/auth-startup.ts). */
export { notifyOpenerOfAnswer } from './popup-window.ts'
