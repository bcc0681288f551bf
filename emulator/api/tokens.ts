import type { Exchange } from '../context.ts'
import { notFound } from '../http/genesys-error.ts'
import { sendEmpty, sendJson } from '../http/respond.ts'
import { findUser, userWire } from '../state/users.ts'
import { authenticate } from './authenticate.ts'

/**
 * GET /api/v2/tokens/me: what the official SDK calls to test a token after an implicit or PKCE login.
 * DELETE /api/v2/tokens/me: revokes the caller's token (sign-out without waiting for expiry).
 */
export function getTokenMe(ex: Exchange): void {
  const principal = authenticate(ex)
  const user = principal.userId === null ? undefined : findUser(principal.userId)
  sendJson(ex.res, 200, {
    ...(user && { name: user.name }),
    organization: { id: 'b1a2c3d4-0000-4000-8000-00000000e0e0', name: 'Emulator Org' },
    homeOrganization: { id: 'b1a2c3d4-0000-4000-8000-00000000e0e0', name: 'Emulator Org' },
    authorizedScope: [],
    clonedUser: false,
    OAuthClient: { id: principal.token.clientId, name: principal.token.clientId },
  })
}

export function deleteTokenMe(ex: Exchange): void {
  authenticate(ex).token.revoked = true
  sendEmpty(ex.res, 204)
}

/** GET /api/v2/users/{userId}: names for participant user ids. */
export function getUser(ex: Exchange): void {
  authenticate(ex)
  const user = findUser(ex.params.userId ?? '')
  if (!user) throw notFound('user')
  sendJson(ex.res, 200, userWire(user, false))
}
