import { QueryClient } from '@tanstack/react-query'
import { errorKindRules } from '../genesys/error-kinds.ts'
import { GenesysApiError } from '../genesys/errors.ts'

/**
 * Passing failures are retried twice. A rate limit is not: the query cannot wait out Retry-After, and the screen
 * says how long to wait instead (errorKindRules in genesys/error-kinds.ts decides which kinds pass).
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (error instanceof GenesysApiError && errorKindRules[error.kind].readRetry !== 'backoff') return false
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
