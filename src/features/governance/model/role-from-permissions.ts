import type { User } from '../../../genesys/schemas.ts'
import type { Role } from '../../../config/attribute-policy-schema.ts'

function permissionMatches(granted: string, wanted: string): boolean {
  const have = granted.split(':')
  const want = wanted.split(':')
  // Genesys grants may use "*" for a whole segment (e.g. "conversation:*:*"); either side may hold it.
  return (
    have.length === want.length &&
    have.every((part, i) => part === '*' || want[i] === '*' || part === want[i])
  )
}

/**
 * Supervisor when `GET /users/me?expand=authorization` lists any of the configured permissions; anything else,
 * including a missing or failed answer, is an agent: the narrower role is the safe default. The UI only hides
 * what the user may not do; the server's 403 stays the final word.
 */
export function roleFromUser(
  user: Pick<User, 'authorization'> | undefined,
  supervisorPermissions: readonly string[],
): Role {
  const granted = user?.authorization?.permissions ?? []
  const supervisor = supervisorPermissions.some((wanted) =>
    granted.some((permission) => permissionMatches(permission, wanted)),
  )
  return supervisor ? 'supervisor' : 'agent'
}
