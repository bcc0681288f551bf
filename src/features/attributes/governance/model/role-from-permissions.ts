import type { User } from '../../../../genesys/schemas.ts'
import type { Role } from '../../../../config/attribute-policy-schema.ts'

/**
 * Names this widget once shipped as its default that Genesys does not have (docs/decisions/0010): a config
 * copied from our old sample still finds real supervisors, by the documented monitor permissions.
 */
const legacyNames: Readonly<Record<string, readonly string[]>> = {
  'conversation:communication:monitor': ['conversation:call:monitor', 'conversation:message:monitor'],
}

function expand(wanted: readonly string[]): string[] {
  return wanted.flatMap((name) => [name, ...(legacyNames[name.toLowerCase()] ?? [])])
}

function permissionMatches(granted: string, wanted: string): boolean {
  // Genesys spells some names in camel case (blindTransfer) and some in lower case (attributesview); an admin
  // who types `attributesView` means the same permission, so segments compare without case.
  const have = granted.toLowerCase().split(':')
  const want = wanted.toLowerCase().split(':')
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
  const supervisor = expand(supervisorPermissions).some((wanted) =>
    granted.some((permission) => permissionMatches(permission, wanted)),
  )
  return supervisor ? 'supervisor' : 'agent'
}
