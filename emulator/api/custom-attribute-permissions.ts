import type { EmulatorContext } from '../context.ts'
import { GenesysError } from '../http/genesys-error.ts'
import { findUser } from '../state/users.ts'
import type { Principal } from './authenticate.ts'

export type CustomAttributesPermission =
  | 'conversation:customAttributes:view'
  | 'conversation:customAttributes:edit'
  | 'conversation:customAttributes:delete'

/**
 * Custom attributes are the one place the emulator enforces permissions, as the SDK documents them for these
 * endpoints. Client-credentials tokens act for the org's integration and hold them all (our assumption).
 */
export function requireCustomAttributesPermission(
  ctx: EmulatorContext,
  principal: Principal,
  permission: CustomAttributesPermission,
): void {
  if (principal.userId === null) return
  const override = ctx.state.customAttributes.permissionOverrides.get(principal.userId)
  const seeded = findUser(principal.userId)?.permissions.includes(permission) ?? false
  const held = override?.granted.has(permission) || (seeded && !override?.revoked.has(permission))
  if (held) return
  throw new GenesysError(
    403,
    'missing.any.permissions',
    `Unable to perform the requested action. You are missing the following permission(s): [${permission}]`,
    {
      permission,
    },
  )
}
