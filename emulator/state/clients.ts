/** The fixed OAuth clients. Public clients have no secret; redirect URIs are matched exactly, query ignored. */

export type GrantType = 'authorization_code' | 'implicit' | 'client_credentials'

export interface OAuthClient {
  id: string
  secret: string | null
  grants: GrantType[]
  redirectUris: string[]
}

export const defaultRedirectUris = [
  'http://127.0.0.1:5173/',
  'http://localhost:5173/',
  'http://127.0.0.1:4173/',
  'http://localhost:4173/',
]

export const SERVICE_CLIENT = { id: 'service-local', secret: 'service-local-secret' } as const

export function buildClients(redirectUris: readonly string[]): OAuthClient[] {
  return [
    { id: 'widget-local', secret: null, grants: ['authorization_code'], redirectUris: [...redirectUris] },
    { id: 'widget-local-implicit', secret: null, grants: ['implicit'], redirectUris: [...redirectUris] },
    {
      id: SERVICE_CLIENT.id,
      secret: SERVICE_CLIENT.secret,
      grants: ['client_credentials'],
      redirectUris: [],
    },
  ]
}

/** The redirect URI without its query and fragment, which is what registration is compared against. */
export function redirectUriBase(uri: string): string {
  return uri.split('#')[0]?.split('?')[0] ?? ''
}

/** Exact string comparison (no URL normalisation), as OAuth servers do: `http://localhost:5173` ≠ `…5173/`. */
export function isRegisteredRedirect(client: OAuthClient, uri: string): boolean {
  return !uri.includes('#') && client.redirectUris.includes(redirectUriBase(uri))
}

/** Browser origins allowed by CORS: the origins of every registered redirect URI. */
export function allowedOrigins(clients: readonly OAuthClient[]): Set<string> {
  const origins = new Set<string>()
  for (const client of clients) for (const uri of client.redirectUris) origins.add(new URL(uri).origin)
  return origins
}
