import { runWithDeadline } from '../src/genesys/deadline.ts'
import { GenesysApiError, kindForStatus, parseRetryAfterSeconds } from '../src/genesys/errors.ts'
import { oauthErrorSchema, tokenResponseSchema } from '../src/genesys/schemas.ts'

export interface ClientCredentials {
  clientId: string
  clientSecret: string
}

export interface TokenSourceOptions extends ClientCredentials {
  /** https://login.<domain>, or the emulator's origin. */
  loginOrigin: string
  fetch?: typeof fetch
  now?: () => number
  timeoutMs?: number
}

export interface TokenSource {
  /** A cached token, fetched again shortly before it expires. */
  getAccessToken(): Promise<string>
  /** For the client's onUnauthorized: drop the token (it was refused) and fetch a new one. */
  renew(): Promise<boolean>
  /** How many tokens were fetched (for tests and the report). */
  readonly fetchCount: number
}

/** Renew ahead of expiry: a minute early, or half the lifetime for very short-lived tokens. */
export function renewalMarginMs(lifetimeSeconds: number): number {
  return Math.min(60_000, (lifetimeSeconds * 1000) / 2)
}

/**
 * The client credentials grant as the SDK does it: POST {login}/oauth/token with HTTP Basic id:secret and
 * grant_type=client_credentials. Server-side only: a secret must never reach a browser. Concurrent callers share
 * one request. Errors never contain the secret or the token.
 */
export function createClientCredentialsTokenSource(options: TokenSourceOptions): TokenSource {
  const now = options.now ?? Date.now
  let cached: { token: string; renewAt: number } | undefined
  let inflight: Promise<string> | undefined
  let fetchCount = 0

  async function requestToken(): Promise<string> {
    fetchCount += 1
    const exchange = { method: 'POST', path: '/oauth/token' }
    const basic = btoa(`${options.clientId}:${options.clientSecret}`)
    const answer = await runWithDeadline(exchange, options.timeoutMs ?? 15_000, async (signal) => {
      const response = await (options.fetch ?? globalThis.fetch)(
        `${options.loginOrigin.replace(/\/+$/, '')}/oauth/token`,
        {
          method: 'POST',
          headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'grant_type=client_credentials',
          signal,
        },
      )
      return { status: response.status, headers: response.headers, text: await response.text() }
    })
    let json: unknown
    try {
      json = JSON.parse(answer.text)
    } catch {
      json = undefined
    }
    if (answer.status < 200 || answer.status >= 300) {
      const oauth = oauthErrorSchema.safeParse(json)
      const detail = oauth.success
        ? `the login server refused the client credentials: ${oauth.data.error}${oauth.data.error_description ? ` (${oauth.data.error_description})` : ''}`
        : undefined
      const kind =
        answer.status === 400 || answer.status === 401 ? 'unauthorized' : kindForStatus(answer.status)
      throw new GenesysApiError({
        ...exchange,
        kind,
        status: answer.status,
        detail,
        retryAfterSeconds: answer.status === 429 ? parseRetryAfterSeconds(answer.headers, json) : undefined,
      })
    }
    const token = tokenResponseSchema.safeParse(json)
    if (!token.success) {
      throw new GenesysApiError({
        ...exchange,
        kind: 'malformed-response',
        status: answer.status,
        detail: 'the token answer has no usable access_token/expires_in',
      })
    }
    cached = {
      token: token.data.access_token,
      renewAt: now() + token.data.expires_in * 1000 - renewalMarginMs(token.data.expires_in),
    }
    return cached.token
  }

  function refresh(): Promise<string> {
    inflight ??= requestToken().finally(() => {
      inflight = undefined
    })
    return inflight
  }

  return {
    getAccessToken: () => (cached && now() < cached.renewAt ? Promise.resolve(cached.token) : refresh()),
    renew: async () => {
      cached = undefined
      return refresh().then(
        () => true,
        () => false,
      )
    },
    get fetchCount() {
      return fetchCount
    },
  }
}
