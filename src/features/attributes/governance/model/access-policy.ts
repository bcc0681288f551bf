import type { AccessOf, AttributeAccess } from '../../model/attribute-access.ts'
import {
  compileMatch,
  defaultSupervisorPermissions,
  type AttributePolicy,
  type PolicyRule,
  type Role,
} from '../../../../config/attribute-policy-schema.ts'

export interface ResolvedAccess {
  readonly access: AttributeAccess
  /** The rule that decided, for the "why" in messages; undefined when the default applied. */
  readonly rule: PolicyRule | undefined
}

export interface CompiledPolicy {
  readonly resolve: (name: string, role: Role) => ResolvedAccess
  readonly revealSeconds: number
  readonly exportMasked: boolean
}

/** No policy configured: everything editable for everyone, exactly as the editor behaved before policies. */
export const openPolicy: AttributePolicy = {
  supervisorPermissions: [...defaultSupervisorPermissions],
  defaults: { agent: 'editable', supervisor: 'editable' },
  rules: [],
  revealSeconds: 10,
  exportMasked: false,
}

/**
 * First matching rule wins, per role: rules are read top to bottom and the first one that matches the name
 * *and* says something about the role decides. A rule silent about a role lets later rules (then the default)
 * decide for it. Order is the admin's tool: put exceptions above the broad rules they carve out of.
 */
export function compilePolicy(policy: AttributePolicy = openPolicy): CompiledPolicy {
  const compiled = policy.rules.map((rule) => ({ rule, matches: compileMatch(rule.match) ?? (() => false) }))
  const cache = new Map<string, ResolvedAccess>()
  const resolve = (name: string, role: Role): ResolvedAccess => {
    const key = `${role}\u0000${name}`
    const known = cache.get(key)
    if (known) return known
    const hit = compiled.find(({ rule, matches }) => rule[role] !== undefined && matches(name))
    const result: ResolvedAccess = hit
      ? { access: hit.rule[role] ?? policy.defaults[role], rule: hit.rule }
      : { access: policy.defaults[role], rule: undefined }
    cache.set(key, result)
    return result
  }
  return { resolve, revealSeconds: policy.revealSeconds, exportMasked: policy.exportMasked }
}

export function accessOfRole(policy: CompiledPolicy, role: Role): AccessOf {
  return (name) => policy.resolve(name, role).access
}
