import * as z from 'zod/mini'
import { attributePolicySchema, auditSettingsSchema } from './attribute-policy-schema.ts'

/** Settings an admin may let URL parameters override; anything else in the URL is ignored. */
export const overridableSettings = ['region', 'clientId', 'grant', 'theme', 'lang'] as const
export type OverridableSetting = (typeof overridableSettings)[number]

export const grantSchema = z.enum(['pkce', 'implicit'])
export type Grant = z.infer<typeof grantSchema>

export const themeSchema = z.enum(['light', 'dark', 'system'])
export type Theme = z.infer<typeof themeSchema>

/** An origin only: scheme, host, port. A path or query would make redirect and postMessage checks fuzzy. */
export const originSchema = z.url({ protocol: /^https?$/ }).check(
  z.refine((value) => new URL(value).origin === value.replace(/\/$/, ''), {
    message: 'must be an origin such as https://apps.mypurecloud.com (no path)',
  }),
)

const hostsSchema = z.strictObject({ login: originSchema, api: originSchema })

const attributeOrderSchema = z.strictObject({
  pinned: z._default(z.array(z.string().check(z.minLength(1))).check(z.maxLength(50)), []),
  groupByPrefix: z._default(z.boolean(), false),
})

const positiveInteger = () => z.number().check(z.int(), z.positive())

const limitsSchema = z.strictObject({
  maxValueLength: z._default(positiveInteger(), 32_768),
  maxAttributes: z._default(positiveInteger(), 1_000),
  maxNameLength: z._default(positiveInteger(), 256),
})

/**
 * The shape of config.json, served beside the app so one build serves every org. Unknown keys are refused so a
 * misspelt setting fails loudly instead of silently falling back to a default.
 */
export const rawRuntimeConfigSchema = z
  .strictObject({
    clientId: z.string().check(z.trim(), z.minLength(1)),
    grant: z._default(grantSchema, 'pkce'),
    /** A region id (us-east-1), a Genesys domain (mypurecloud.ie), "emulator", or "auto" (from the launch URL). */
    region: z.optional(z.string().check(z.trim(), z.minLength(1))),
    hosts: z.optional(hostsSchema),
    emulatorOrigin: z.optional(originSchema),
    redirectUri: z.optional(z.url({ protocol: /^https?$/ })),
    /** Genesys scopes such as "conversations"; empty means the OAuth client's own scope list applies. */
    scopes: z._default(z.array(z.string().check(z.regex(/^[\w:-]+$/))), []),
    allowedHostOrigins: z.optional(z.array(originSchema)),
    urlOverrides: z._default(z.array(z.enum(overridableSettings)), []),
    limits: z._default(limitsSchema, { maxValueLength: 32_768, maxAttributes: 1_000, maxNameLength: 256 }),
    tokenRenewalLeadSeconds: z._default(z.number().check(z.int(), z.gte(5), z.lte(3_600)), 60),
    theme: z._default(themeSchema, 'system'),
    lang: z.optional(z.string()),
    /** Per-name attribute policy by role (docs/GOVERNANCE.md); absent: every name editable for everyone. */
    policy: z.optional(attributePolicySchema),
    /** Audit options (docs/GOVERNANCE.md); absent: history in this browser session only, no stamp attribute. */
    audit: z.optional(auditSettingsSchema),
    /** How the attribute grid orders names: pinned ones first (e.g. CustomerName), optionally grouped by prefix. */
    attributeOrder: z._default(attributeOrderSchema, { pinned: [], groupByPrefix: false }),
  })
  .check(
    z.refine((config) => config.region !== undefined || config.hosts !== undefined, {
      message: 'set "region" (a region id, "auto" or "emulator") or "hosts" ({"login", "api"})',
      path: ['region'],
    }),
    z.refine((config) => config.region !== 'emulator' || config.emulatorOrigin !== undefined, {
      message: 'region "emulator" needs "emulatorOrigin", e.g. http://127.0.0.1:8700',
      path: ['emulatorOrigin'],
    }),
  )

export type RawRuntimeConfig = z.infer<typeof rawRuntimeConfigSchema>
export type AttributeLimits = RawRuntimeConfig['limits']
