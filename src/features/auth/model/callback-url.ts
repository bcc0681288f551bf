/**
 * Recognises an OAuth answer in the URL: the code flow answers in the query (?code|error&state), the implicit
 * flow in the fragment (#access_token|error&state). Pure: takes and returns strings.
 */
export type CallbackInUrl =
  | { kind: 'none' }
  | { kind: 'code'; state: string | undefined; carryId: string | undefined }
  | { kind: 'implicit'; state: string | undefined; carryId: string | undefined }

const oauthQueryParams = ['code', 'state', 'error', 'error_description', 'error_uri', 'session_state', 'iss']

/** Our states look like "<id>" (implicit) or "<oidc id>;<carry id>" (PKCE, via oidc-client-ts url_state). */
export function carryIdFromState(state: string | undefined): string | undefined {
  if (!state) return undefined
  const parts = state.split(';')
  const candidate = parts[parts.length - 1]
  return candidate && /^[0-9a-f]{32}$/.test(candidate) ? candidate : undefined
}

export function readCallbackFromUrl(href: string): CallbackInUrl {
  const url = new URL(href)
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''))
  if (fragment.has('access_token') || (fragment.has('error') && fragment.has('state'))) {
    const state = fragment.get('state') ?? undefined
    return { kind: 'implicit', state, carryId: carryIdFromState(state) }
  }
  const query = url.searchParams
  if ((query.has('code') || query.has('error')) && (query.has('state') || query.has('error'))) {
    const state = query.get('state') ?? undefined
    return { kind: 'code', state, carryId: carryIdFromState(state) }
  }
  return { kind: 'none' }
}

/** The same page without any OAuth answer: no code, token or state left for history, logs or Referer. */
export function stripCallbackFromUrl(href: string, restoredSearch?: string): string {
  const url = new URL(href)
  const search =
    restoredSearch !== undefined ? new URLSearchParams(restoredSearch) : new URLSearchParams(url.search)
  for (const name of oauthQueryParams) search.delete(name)
  const query = search.toString()
  return `${url.pathname}${query ? `?${query}` : ''}`
}
