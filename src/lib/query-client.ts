import { QueryClient } from '@tanstack/react-query'
import { GenesysApiError } from '../genesys/errors.ts'

/** Failures that another identical request will not fix: retrying them only spends the user's rate limit. */
const permanentKinds = new Set([
  'unauthorized',
  'forbidden',
  'not-found',
  'bad-request',
  'malformed-response',
])

export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (error instanceof GenesysApiError && permanentKinds.has(error.kind)) return false
  if (error instanceof GenesysApiError && error.kind === 'rate-limited') return false
  return failureCount < 2
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryQuery,
        // The notifications socket keeps data fresh; refetching on every focus of ten widget iframes would spend
        // the API budget for nothing.
        refetchOnWindowFocus: false,
        staleTime: 30_000,
        // Structural sharing rebuilds our null-prototype attribute maps as plain objects, and an attribute named
        // `__proto__` silently disappears in the copy (docs/decisions/0003-attribute-maps.md).
        structuralSharing: false,
      },
      mutations: { retry: false },
    },
  })
}
