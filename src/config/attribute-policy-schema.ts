import { z } from 'zod'

export const roles = ['agent', 'supervisor'] as const
export type Role = (typeof roles)[number]

export const accessSchema = z.enum(['editable', 'masked', 'read-only', 'hidden'])

/**
 * How a rule names attributes: `AccountNumber` (exact, case-sensitive like Genesys names), `CRM.*` (every name
 * starting with "CRM."), or `/^dob$/i` (a JavaScript regular expression between slashes, with optional flags).
 */
export const matchSchema = z
  .string()
  .min(1)
  .refine((match) => compileMatch(match) !== undefined, {
    message: 'not a valid pattern: use a name, a prefix ending in "*", or /regex/flags',
  })

const ruleSchema = z.strictObject({
  match: matchSchema,
  agent: accessSchema.optional(),
  supervisor: accessSchema.optional(),
  /** Shown next to a refused write, so the user learns why (e.g. "Owned by the CRM sync"). */
  reason: z.string().max(200).optional(),
})
export type PolicyRule = z.infer<typeof ruleSchema>

/** `policy` in config.json. Every key is optional: `{}` (or no policy at all) leaves every name editable. */
export const attributePolicySchema = z.strictObject({
  /** Permissions (any one of them) that make a user a supervisor; `*` matches one segment. */
  supervisorPermissions: z
    .array(z.string().regex(/^[\w*]+(:[\w*]+)*$/))
    .default(['conversation:communication:monitor']),
  defaults: z
    .strictObject({ agent: accessSchema.default('editable'), supervisor: accessSchema.default('editable') })
    .default({ agent: 'editable', supervisor: 'editable' }),
  rules: z.array(ruleSchema).max(500).default([]),
  revealSeconds: z.number().int().min(1).max(300).default(10),
  /** Masked values are replaced by dots in exports unless this is true. */
  exportMasked: z.boolean().default(false),
})
export type AttributePolicy = z.infer<typeof attributePolicySchema>

export const auditSettingsSchema = z.strictObject({
  /** An attribute written in the same PATCH with who committed and when; off when absent. */
  stampAttribute: z.string().trim().min(1).max(256).optional(),
})
export type AuditSettings = z.infer<typeof auditSettingsSchema>

export type NameMatcher = (name: string) => boolean

/** A rule's `match` as a predicate; undefined when it is not a valid pattern. */
export function compileMatch(match: string): NameMatcher | undefined {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(match)
  if (regex) {
    try {
      // The "g" and "y" flags make test() stateful between calls; a policy must answer the same every time.
      const pattern = new RegExp(regex[1] ?? '', (regex[2] ?? '').replace(/[gy]/g, ''))
      return (name) => pattern.test(name)
    } catch {
      return undefined
    }
  }
  if (match.endsWith('*')) {
    const prefix = match.slice(0, -1)
    return (name) => name.startsWith(prefix)
  }
  return (name) => name === match
}
