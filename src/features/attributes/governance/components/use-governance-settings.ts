import { useMemo } from 'react'
import type { User } from '../../../../genesys/schemas.ts'
import { compilePolicy, type CompiledPolicy } from '../model/access-policy.ts'
import {
  defaultSupervisorPermissions,
  type AttributePolicy,
  type AuditSettings,
  type Role,
} from '../../../../config/attribute-policy-schema.ts'
import { roleFromUser } from '../model/role-from-permissions.ts'

export interface GovernanceSettings {
  readonly policy: CompiledPolicy
  readonly role: Role
  /** Who commits, for the audit history and the optional stamp: the user's name, else email, else id. */
  readonly userLabel: string
  readonly stampAttribute: string | undefined
}

/** The policy compiled once, and the role from `/users/me?expand=authorization` (agent until it answers). */
export function useGovernanceSettings(
  policy: AttributePolicy | undefined,
  audit: AuditSettings | undefined,
  me: User | undefined,
): GovernanceSettings {
  const compiled = useMemo(() => compilePolicy(policy), [policy])
  const supervisorPermissions = policy?.supervisorPermissions ?? defaultSupervisorPermissions
  const role = roleFromUser(me, supervisorPermissions)
  const userLabel = me ? (me.name ?? me.email ?? me.id) : ''
  return useMemo(
    () => ({ policy: compiled, role, userLabel, stampAttribute: audit?.stampAttribute }),
    [compiled, role, userLabel, audit?.stampAttribute],
  )
}
