import { RuntimeConfigError } from './config-error.ts'
import { resolveRuntimeConfig, type RuntimeConfig } from './resolve-runtime-config.ts'

/**
 * Fetches config.json beside the app (never cached: an admin's change must apply on the next load) and resolves
 * it against the current URL. Call it after `prepareAuthStartup()`, which puts carried launch parameters back
 * into the URL after a sign-in redirect.
 */
export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const base = import.meta.env.BASE_URL
  const url = `${base.endsWith('/') ? base : `${base}/`}config.json`
  let body: unknown
  try {
    const response = await fetchImpl(url, { cache: 'no-store', headers: { Accept: 'application/json' } })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    body = await response.json()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new RuntimeConfigError(
      'config-unreachable',
      `Could not read ${url} (${reason}). Check that config.json is deployed beside the app.`,
    )
  }
  return resolveRuntimeConfig(body, new URLSearchParams(window.location.search), window.location, base)
}
