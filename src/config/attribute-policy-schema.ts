import * as z from 'zod/mini'

export const roles = ['agent', 'supervisor'] as const
export type Role = (typeof roles)[number]

export const accessSchema = z.enum(['editable', 'masked', 'read-only', 'hidden'])

/**
 * How a rule names attributes: `AccountNumber` (exact, case-sensitive like Genesys names), `CRM.*` (every name
 * starting with "CRM."), or `/^dob$/i` (a JavaScript regular expression between slashes, with optional flags).
 */
export const matchSchema = z.string().check(
  z.minLength(1),
  z.refine((match) => compileMatch(match) !== undefined, {
    message: 'not a valid pattern: use a name, a prefix ending in "*", or /regex/flags',
  }),
)

const ruleSchema = z.strictObject({
  match: matchSchema,
  agent: z.optional(accessSchema),
  supervisor: z.optional(accessSchema),
  /** Shown next to a refused write, so the user learns why (e.g. "Owned by the CRM sync"). */
  reason: z.optional(z.string().check(z.maxLength(200))),
})
export type PolicyRule = z.infer<typeof ruleSchema>

/**
 * The permissions Genesys documents for listening in on a conversation: `conversation:call:monitor` and
 * `conversation:message:monitor` (SDK docs of POST /conversations/{calls|messages}/{id}/participants/{pid}/monitor).
 * Sources and the names we used before: docs/decisions/0010-permission-names.md.
 */
export const defaultSupervisorPermissions: readonly string[] = Object.freeze([
  'conversation:call:monitor',
  'conversation:message:monitor',
])

/** `policy` in config.json. Every key is optional: `{}` (or no policy at all) leaves every name editable. */
export const attributePolicySchema = z.strictObject({
  /** Permissions (any one of them) that make a user a supervisor; `*` matches one segment. */
  supervisorPermissions: z._default(z.array(z.string().check(z.regex(/^[\w*]+(:[\w*]+)*$/))), [
    ...defaultSupervisorPermissions,
  ]),
  defaults: z._default(
    z.strictObject({
      agent: z._default(accessSchema, 'editable'),
      supervisor: z._default(accessSchema, 'editable'),
    }),
    { agent: 'editable', supervisor: 'editable' },
  ),
  rules: z._default(z.array(ruleSchema).check(z.maxLength(500)), []),
  revealSeconds: z._default(z.number().check(z.int(), z.gte(1), z.lte(300)), 10),
  /** Masked values are replaced by dots in exports unless this is true. */
  exportMasked: z._default(z.boolean(), false),
})
export type AttributePolicy = z.infer<typeof attributePolicySchema>

export const auditSettingsSchema = z.strictObject({
  /** An attribute written in the same PATCH with who committed and when; off when absent. */
  stampAttribute: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(256))),
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
