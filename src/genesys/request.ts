import type * as z from 'zod/mini'
import { issueText } from './zod-issue-text.ts'
import { runWithDeadline } from './deadline.ts'
import {
  GenesysApiError,
  isGenesysApiError,
  kindForStatus,
  parseRetryAfterSeconds,
  readErrorBody,
} from './errors.ts'
import { readRateLimitInfo, type RateLimitInfo } from './rate-limit-info.ts'

export interface RequestOptions {
  apiOrigin: string
  getAccessToken: () => string | Promise<string>
  onUnauthorized?: (() => Promise<boolean>) | undefined
  fetch?: typeof fetch | undefined
  timeoutMs?: number | undefined
  onRateLimitInfo?: ((info: RateLimitInfo) => void) | undefined
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface RequestSpec<T> {
  method: HttpMethod
  /** Path with already-encoded IDs. Used in error messages, so it never carries secrets. */
  path: string
  query?: Readonly<Record<string, string>>
  body?: unknown
  /** Schema for the answer; without one the body is ignored (the generic PATCH answers 202 with no body). */
  schema?: z.ZodMiniType<T>
  /** The endpoint may answer with an empty body; `undefined` is returned then. */
  allowEmpty?: boolean
  signal?: AbortSignal | undefined
}

export type Requester = <T>(spec: RequestSpec<T>) => Promise<T>

interface RawAnswer {
  status: number
  ok: boolean
  headers: Headers
  text: string
}

/**
 * Platform API answers come back in well under a second; a request still open after 10 s is hung. An agent should
 * not stare at "Saving…" longer than that before being told, and offered a check of what the server has.
 */
export const defaultTimeoutMs = 10_000

/**
 * The one place that talks HTTP: adds the bearer token, bounds every exchange with a deadline, turns every
 * failure into a GenesysApiError and validates every answer with its schema. On a 401 it asks `onUnauthorized`
 * once and repeats the request once: a 401 means the server refused before acting, so even a write is safe to
 * repeat. Nothing else is retried here: see retry-policy.ts for why writes are never resent automatically.
 */
export function createRequester(options: RequestOptions): Requester {
  const origin = options.apiOrigin.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs

  return async function request<T>(spec: RequestSpec<T>): Promise<T> {
    let answer = await exchange(spec)
    if (answer.status === 401 && options.onUnauthorized) {
      const renewed = await options.onUnauthorized().catch(() => false)
      if (renewed) answer = await exchange(spec)
    }
    return interpret(spec, answer)
  }

  async function exchange(spec: RequestSpec<unknown>): Promise<RawAnswer> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${await readToken(spec)}`,
    }
    const init: RequestInit = { method: spec.method, headers }
    if (spec.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      // JSON.stringify writes an own `__proto__` key of a null-prototype attribute map as an ordinary name.
      init.body = JSON.stringify(spec.body)
    }
    const query = spec.query ? `?${new URLSearchParams(spec.query).toString()}` : ''
    const fetchImpl = options.fetch ?? globalThis.fetch
    const answer = await runWithDeadline(spec, timeoutMs, async (signal) => {
      const response = await fetchImpl(`${origin}${spec.path}${query}`, { ...init, signal })
      return {
        status: response.status,
        ok: response.ok,
        headers: response.headers,
        text: await response.text(),
      }
    })
    const rateLimit = readRateLimitInfo(answer.headers)
    if (rateLimit) options.onRateLimitInfo?.(rateLimit)
    return answer
  }

  async function readToken(spec: RequestSpec<unknown>): Promise<string> {
    try {
      return await options.getAccessToken()
    } catch (error) {
      if (isGenesysApiError(error)) throw error
      const detail = 'no access token is available; sign in again'
      throw new GenesysApiError({
        kind: 'unauthorized',
        method: spec.method,
        path: spec.path,
        detail,
        cause: error,
      })
    }
  }
}

function interpret<T>(spec: RequestSpec<T>, answer: RawAnswer): T {
  if (!answer.ok) throw errorFromAnswer(spec, answer)
  if (!spec.schema) return undefined as T
  if (spec.allowEmpty && answer.text.trim() === '') return undefined as T
  let json: unknown
  try {
    json = JSON.parse(answer.text)
  } catch (cause) {
    const size = answer.text.trim() === '' ? 'an empty body' : `${answer.text.length} characters`
    throw malformed(spec, answer.status, `the answer is not JSON (${size})`, cause)
  }
  const parsed = spec.schema.safeParse(json, { error: issueText })
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const at = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : ''
  throw malformed(
    spec,
    answer.status,
    `the answer has an unexpected shape${at}: ${issue?.message ?? 'invalid'}`,
    parsed.error,
  )
}

function malformed(
  spec: RequestSpec<unknown>,
  status: number,
  detail: string,
  cause: unknown,
): GenesysApiError {
  return new GenesysApiError({
    kind: 'malformed-response',
    method: spec.method,
    path: spec.path,
    status,
    detail,
    cause,
  })
}

function errorFromAnswer(spec: RequestSpec<unknown>, answer: RawAnswer): GenesysApiError {
  let json: unknown
  try {
    json = JSON.parse(answer.text)
  } catch {
    json = undefined // a proxy's HTML error page: the status still tells the kind
  }
  const body = readErrorBody(json)
  return new GenesysApiError({
    kind: kindForStatus(answer.status),
    method: spec.method,
    path: spec.path,
    status: answer.status,
    code: body.code,
    contextId: body.contextId ?? answer.headers.get('inin-correlation-id') ?? undefined,
    retryAfterSeconds: answer.status === 429 ? parseRetryAfterSeconds(answer.headers, json) : undefined,
    messageFromServer: body.message,
  })
}
