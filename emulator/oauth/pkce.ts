import { createHash } from 'node:crypto'

/** RFC 7636: verifier is 43-128 unreserved characters; S256 challenge is base64url(sha256(verifier)), 43 chars. */
export const verifierPattern = /^[A-Za-z0-9\-._~]{43,128}$/
export const challengePattern = /^[A-Za-z0-9\-_]{43}$/

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url')
}

export function verifierMatches(verifier: string, challenge: string): boolean {
  return verifierPattern.test(verifier) && s256(verifier) === challenge
}
