import { errorKindRules, type GenesysErrorKind } from './error-kinds.ts'
import { errorBodySchema, type ErrorBody } from './schemas.ts'

export type { GenesysErrorKind }

export interface GenesysApiErrorInit {
  kind: GenesysErrorKind
  method: string
  /** Path only (no origin, no query): safe to show and log. */
  path: string
  status?: number | undefined
  code?: string | undefined
  contextId?: string | undefined
  retryAfterSeconds?: number | undefined
  messageFromServer?: string | undefined
  /** Replaces the generated summary, e.g. to name the schema problem of a malformed response. */
  detail?: string | undefined
  cause?: unknown
}

/**
 * One error type for every way a Genesys request can fail, so callers branch on `kind` instead of parsing
 * statuses. The message is built only from the method, path, status and the server's own message: never from
 * request headers, so an access token cannot end up in a log or an error report.
 */
export class GenesysApiError extends Error {
  override readonly name = 'GenesysApiError'
  readonly kind: GenesysErrorKind
  readonly method: string
  readonly path: string
  readonly status: number | undefined
  readonly code: string | undefined
  readonly contextId: string | undefined
  readonly retryAfterSeconds: number | undefined
  readonly messageFromServer: string | undefined

  constructor(init: GenesysApiErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : { cause: init.cause })
    this.kind = init.kind
    this.method = init.method
    this.path = init.path
    this.status = init.status
    this.code = init.code
    this.contextId = init.contextId
    this.retryAfterSeconds = init.retryAfterSeconds
    this.messageFromServer = init.messageFromServer
  }
}

function describe(init: GenesysApiErrorInit): string {
  const status = init.status === undefined ? '' : ` ${init.status}`
  const detail = init.detail ?? init.messageFromServer ?? defaultDetail[init.kind]
  const context = init.contextId ? ` (contextId ${init.contextId})` : ''
  return `${init.method} ${init.path} failed:${status} ${init.kind}: ${detail}${context}`
}

const defaultDetail: Record<GenesysErrorKind, string> = {
  unauthorized: 'the access token is missing, expired or revoked',
  forbidden: 'the signed-in user or client lacks the permission for this request',
  'not-found': 'the resource does not exist (or is no longer visible)',
  conflict: 'the server reported a conflicting change',
  'bad-request': 'the server rejected the request',
  'rate-limited': 'too many requests',
  server: 'Genesys Cloud had an internal problem',
  network: 'the request did not reach Genesys Cloud or the answer was lost',
  timeout: 'no answer in time',
  'malformed-response': 'the answer could not be understood',
}

export function isGenesysApiError(error: unknown): error is GenesysApiError {
  return error instanceof GenesysApiError
}

export function kindForStatus(status: number): GenesysErrorKind {
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 404 || status === 410) return 'not-found'
  if (status === 409) return 'conflict'
  if (status === 429) return 'rate-limited'
  if (status >= 500) return 'server'
  return 'bad-request'
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * True when a write failed in a way that does not tell whether it was applied (errorKindRules'
 * `writeMayHaveLanded`). Callers must re-read before deciding to send again; the client never resends such a
 * write on its own.
 */
export function isAmbiguousWriteFailure(error: unknown): boolean {
  if (!isGenesysApiError(error) || !writeMethods.has(error.method.toUpperCase())) return false
  return errorKindRules[error.kind].writeMayHaveLanded
}

/** Reads a Genesys error body leniently: a body that is not the documented shape yields an empty record. */
export function readErrorBody(body: unknown): ErrorBody {
  const parsed = errorBodySchema.safeParse(body)
  return parsed.success ? parsed.data : {}
}

interface HeaderReader {
  get(name: string): string | null
}

const retryInMessage = /retry the request in \[?\s*(\d+(?:\.\d+)?)\s*\]?\s*second/i

/**
 * How long a 429 asks us to wait. The `Retry-After` header wins when the browser lets us read it (CORS may hide
 * it); otherwise Genesys also puts the number into the message: "Retry the request in [42] seconds".
 */
export function parseRetryAfterSeconds(
  headers: HeaderReader | undefined,
  body: unknown,
  now: number = Date.now(),
): number | undefined {
  const fromHeader = parseRetryAfterHeader(headers?.get('retry-after') ?? null, now)
  if (fromHeader !== undefined) return fromHeader
  const { message, messageWithParams } = readErrorBody(body)
  for (const text of [message, messageWithParams]) {
    const match = text === undefined ? null : retryInMessage.exec(text)
    if (match?.[1] !== undefined) return Math.ceil(Number(match[1]))
  }
  return undefined
}

function parseRetryAfterHeader(value: string | null, now: number): number | undefined {
  const trimmed = value?.trim()
  if (!trimmed) return undefined
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed))
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}
