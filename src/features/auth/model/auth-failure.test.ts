import { ErrorResponse } from 'oidc-client-ts'
import { describe, expect, it } from 'vitest'
import { AuthFlowError, failureFromException, failureFromOAuthError } from './auth-failure.ts'
import { authMessagesDe } from '../messages.de.ts'
import { authMessages } from '../messages.ts'

describe('failureFromOAuthError', () => {
  it.each([
    ['access_denied', undefined, 'access-denied'],
    ['invalid_client', undefined, 'unknown-client'],
    ['unauthorized_client', 'Client may not use response_type=code', 'wrong-grant'],
    ['unsupported_response_type', undefined, 'wrong-grant'],
    ['invalid_grant', 'redirect_uri does not match', 'wrong-redirect-uri'],
    ['invalid_request', 'Invalid redirect uri', 'wrong-redirect-uri'],
    ['invalid_grant', 'code expired', 'rejected'],
    ['temporarily_unavailable', undefined, 'server-error'],
    ['something_new', undefined, 'rejected'],
  ])('%s (%s) → %s', (error, description, kind) => {
    expect(failureFromOAuthError(error, description).kind).toBe(kind)
  })
})

describe('failureFromException', () => {
  it('reads oidc-client-ts error responses', () => {
    const error = new ErrorResponse({ error: 'invalid_grant', error_description: 'redirect_uri mismatch' })
    expect(failureFromException(error)).toMatchObject({
      kind: 'wrong-redirect-uri',
      detail: 'redirect_uri mismatch',
    })
  })

  it('calls a missing or foreign state a state mismatch', () => {
    expect(failureFromException(new Error('No matching state found in storage')).kind).toBe('state-mismatch')
    expect(failureFromException(new Error('No state in response')).kind).toBe('state-mismatch')
  })

  it('recognises a blocked and a closed popup', () => {
    expect(failureFromException(new Error('Attempted to navigate on a disposed window')).kind).toBe(
      'popup-blocked',
    )
    expect(failureFromException(new Error('Popup closed by user')).kind).toBe('popup-closed')
  })

  it('calls a failed fetch a network problem', () => {
    expect(failureFromException(new TypeError('Failed to fetch')).kind).toBe('network')
  })

  it('passes our own failures through', () => {
    expect(failureFromException(new AuthFlowError('expired-at-receipt')).kind).toBe('expired-at-receipt')
  })

  it('has a message in every language for every failure', () => {
    const failure = failureFromException(new Error('anything'))
    expect(authMessages.en[failure.messageKey]).toMatch(/try again/i)
    for (const key of Object.keys(authMessages.en) as Array<keyof typeof authMessages.en>)
      expect(authMessagesDe[key]).not.toBe('')
  })
})
