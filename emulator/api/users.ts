import type { Exchange } from '../context.ts'
import { notFound } from '../http/genesys-error.ts'
import { sendJson } from '../http/respond.ts'
import { findUser, userWire } from '../state/users.ts'
import { authenticate, requireUserContext } from './authenticate.ts'

/** GET /api/v2/users/me[?expand=authorization] */
export function getMe(ex: Exchange): void {
  const userId = requireUserContext(authenticate(ex))
  const user = findUser(userId)
  if (!user) throw notFound('user')
  const expand = ex.url.searchParams.getAll('expand').flatMap((v) => v.split(','))
  sendJson(ex.res, 200, userWire(user, expand.includes('authorization')))
}
