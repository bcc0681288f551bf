import * as z from 'zod/mini'

/** Every way a Genesys request can fail, as GenesysApiError's `kind` names it. */
export const genesysErrorKindSchema = z.enum([
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'bad-request',
  'rate-limited',
  'server',
  'network',
  'timeout',
  'malformed-response',
])
export type GenesysErrorKind = z.infer<typeof genesysErrorKindSchema>

/** How every caller (query retries, read retries, the commit path, custom attributes, the CLI) reads a kind. */
export interface ErrorKindRule {
  /**
   * What to do with a failed read. `backoff`: another identical request may succeed, after a growing pause.
   * `after-wait`: only after the wait the server asked for (a 429). `never`: the same request fails the same way,
   * and repeating it only spends the user's rate limit.
   */
  readonly readRetry: 'backoff' | 'after-wait' | 'never'
  /**
   * A write that failed this way may have been applied all the same: the request may have reached the server
   * before the answer was lost (network, timeout), a gateway's 5xx may come after the backend acted, and an
   * answer we cannot read (malformed) is still an answer to a request that arrived. The caller reads the server
   * before deciding anything (decision 0013) and never resends by itself.
   */
  readonly writeMayHaveLanded: boolean
  /** What the user is told, in words that do not depend on which request failed. */
  readonly problem: 'unauthorized' | 'forbidden' | 'not-found' | 'rejected' | 'rate-limited' | 'uncertain'
}

export const errorKindRules = {
  unauthorized: { readRetry: 'never', writeMayHaveLanded: false, problem: 'unauthorized' },
  forbidden: { readRetry: 'never', writeMayHaveLanded: false, problem: 'forbidden' },
  'not-found': { readRetry: 'never', writeMayHaveLanded: false, problem: 'not-found' },
  conflict: { readRetry: 'never', writeMayHaveLanded: false, problem: 'rejected' },
  'bad-request': { readRetry: 'never', writeMayHaveLanded: false, problem: 'rejected' },
  'rate-limited': { readRetry: 'after-wait', writeMayHaveLanded: false, problem: 'rate-limited' },
  server: { readRetry: 'backoff', writeMayHaveLanded: true, problem: 'uncertain' },
  network: { readRetry: 'backoff', writeMayHaveLanded: true, problem: 'uncertain' },
  timeout: { readRetry: 'backoff', writeMayHaveLanded: true, problem: 'uncertain' },
  'malformed-response': { readRetry: 'never', writeMayHaveLanded: true, problem: 'uncertain' },
} as const satisfies Record<GenesysErrorKind, ErrorKindRule>

/** The rule for a kind read off a foreign object (an error of unknown origin): undefined when it is not one. */
export function errorKindRule(kind: string): ErrorKindRule | undefined {
  const parsed = genesysErrorKindSchema.safeParse(kind)
  return parsed.success ? errorKindRules[parsed.data] : undefined
}
