import { AuthFlowError } from '../model/auth-failure.ts'

/**
 * Fetches once. A failed fetch (offline, or a deploy replaced the files) is forgotten, so the next sign-in fetches
 * again, and it rejects with a failure the sign-in screen can name instead of a browser's TypeError, which would
 * read as "Genesys Cloud could not be reached".
 */
function fetchOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined
      throw new AuthFlowError('sign-in-unavailable', error instanceof Error ? error.message : String(error))
    })
    return loading
  }
}

/** The grant drivers and the popup's answer handling: the sign-in chunk, never in the entry (decision 0031). */
export const loadSignInDrivers = fetchOnce(() => import('./sign-in-drivers.ts'))

/**
 * oidc-client-ts, about 17 KB gzip, for PKCE only. Requested from the entry rather than from the sign-in chunk,
 * so that the two travel side by side instead of one after the other.
 */
export const loadOidcLibrary = fetchOnce(() => import('oidc-client-ts'))
