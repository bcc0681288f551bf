import type { Exchange } from '../context.ts'
import { entityListingPage } from '../http/paging.ts'
import { sendJson } from '../http/respond.ts'
import { emulatorUsers, userWire } from '../state/users.ts'
import { authenticate } from './authenticate.ts'

/** GET /api/v2/users (SDK: UsersApi getUsers → UserEntityListing): the agents a supervisor can filter by. */
export function listUsers(ex: Exchange): void {
  authenticate(ex)
  const entities = emulatorUsers.map((user) => userWire(user, false))
  sendJson(ex.res, 200, entityListingPage(ex, entities))
}
