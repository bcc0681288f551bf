import type { AuthMessageKey } from '../messages.ts'

/** Each way sign-in can fail that a user can act on; the message says what happened and what to do next. */
export type AuthFailureKind =
  | 'access-denied'
  | 'unknown-client'
  | 'wrong-grant'
  | 'wrong-redirect-uri'
  | 'popup-blocked'
  | 'popup-closed'
  | 'frame-refused'
  | 'no-answer'
  | 'state-mismatch'
  | 'expired-at-receipt'
  | 'network'
  | 'rejected'
  | 'server-error'
  /** The sign-in code (its own chunk, decision 0031) could not be fetched: offline, or replaced by a deploy. */
  | 'sign-in-unavailable'

export interface AuthFailure {
  kind: AuthFailureKind
  messageKey: AuthMessageKey
  /** What the server said (error_description), shown as text below the message; never contains a token. */
  detail?: string
}

const messageKeys: Record<AuthFailureKind, AuthMessageKey> = {
  'access-denied': 'failureAccessDenied',
  'unknown-client': 'failureUnknownClient',
  'wrong-grant': 'failureWrongGrant',
  'wrong-redirect-uri': 'failureWrongRedirectUri',
  'popup-blocked': 'failurePopupBlocked',
  'popup-closed': 'failurePopupClosed',
  'frame-refused': 'failureFrameRefused',
  'no-answer': 'failureNoAnswer',
  'state-mismatch': 'failureStateMismatch',
  'expired-at-receipt': 'failureExpiredAtReceipt',
  network: 'failureNetwork',
  rejected: 'failureRejected',
  'server-error': 'failureServerError',
  'sign-in-unavailable': 'failureSignInUnavailable',
}

export function authFailure(kind: AuthFailureKind, detail?: string): AuthFailure {
  const failure: AuthFailure = { kind, messageKey: messageKeys[kind] }
  if (detail) failure.detail = detail.slice(0, 300)
  return failure
}

/** Thrown inside the auth module for failures we recognise ourselves (state check, expiry, popup). */
export class AuthFlowError extends Error {
  readonly failure: AuthFailure
  constructor(kind: AuthFailureKind, detail?: string) {
    super(`Sign-in failed: ${kind}${detail ? ` (${detail})` : ''}`)
    this.name = 'AuthFlowError'
    this.failure = authFailure(kind, detail)
  }
}

/** RFC 6749 error codes, from the authorize redirect or the token endpoint, mapped to what users can act on. */
export function failureFromOAuthError(error: string, description?: string): AuthFailure {
  const mentionsRedirect = /redirect/i.test(description ?? '')
  switch (error) {
    case 'access_denied':
      return authFailure('access-denied', description)
    case 'invalid_client':
      return authFailure(mentionsRedirect ? 'wrong-redirect-uri' : 'unknown-client', description)
    // RFC 6749: the client exists but may not use this grant (an implicit client asked for a code, or the reverse).
    case 'unauthorized_client':
    case 'unsupported_response_type':
    case 'unsupported_grant_type':
      return authFailure('wrong-grant', description)
    case 'invalid_grant':
    case 'invalid_request':
      return authFailure(mentionsRedirect ? 'wrong-redirect-uri' : 'rejected', description)
    case 'server_error':
    case 'temporarily_unavailable':
      return authFailure('server-error', description)
    default:
      return authFailure('rejected', description ? `${error}: ${description}` : error)
  }
}

function readString(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const field: unknown = (value as Record<string, unknown>)[key]
  return typeof field === 'string' ? field : undefined
}

/**
 * Anything thrown during sign-in → AuthFailure. oidc-client-ts reports OAuth errors as ErrorResponse (with
 * `error`), a missing or foreign state and popup trouble as plain Errors with fixed messages, and a failed token
 * fetch as the browser's TypeError.
 */
export function failureFromException(error: unknown): AuthFailure {
  if (error instanceof AuthFlowError) return error.failure
  const oauthError = readString(error, 'error')
  if (oauthError) return failureFromOAuthError(oauthError, readString(error, 'error_description'))
  if (error instanceof TypeError) return authFailure('network', error.message)
  const message = error instanceof Error ? error.message : String(error)
  if (/no matching state|no state in response/i.test(message)) return authFailure('state-mismatch')
  if (/disposed window|popup blocked|error opening popup/i.test(message)) return authFailure('popup-blocked')
  if (/popup closed/i.test(message)) return authFailure('popup-closed')
  if (/network|timed out|failed to fetch/i.test(message)) return authFailure('network', message)
  return authFailure('rejected', message)
}
