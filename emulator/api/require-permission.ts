import type { EmulatorContext } from '../context.ts'
import { GenesysError } from '../http/genesys-error.ts'
import { findUser } from '../state/users.ts'
import type { Principal } from './authenticate.ts'

/**
 * The supervisor search endpoints check the permission the SDK documents for them (issue 17). Overrides set through
 * POST /__admin/custom-attributes/permissions apply to every permission name, so a test can revoke one. A
 * client-credentials token acts for the org's integration and holds them all (our assumption, as in decision 0011).
 */
export function requirePermission(ctx: EmulatorContext, principal: Principal, permission: string): void {
  if (principal.userId === null) return
  const override = ctx.state.customAttributes.permissionOverrides.get(principal.userId)
  const seeded = findUser(principal.userId)?.permissions.includes(permission) ?? false
  if (override?.granted.has(permission) || (seeded && !override?.revoked.has(permission))) return
  throw new GenesysError(
    403,
    'missing.any.permissions',
    `Unable to perform the requested action. You are missing the following permission(s): [${permission}]`,
    { permission },
  )
}
