import { z } from 'zod'
import { attributePolicySchema, auditSettingsSchema } from './attribute-policy-schema.ts'

/** Settings an admin may let URL parameters override; anything else in the URL is ignored. */
export const overridableSettings = ['region', 'clientId', 'grant', 'theme', 'lang'] as const
export type OverridableSetting = (typeof overridableSettings)[number]

export const grantSchema = z.enum(['pkce', 'implicit'])
export type Grant = z.infer<typeof grantSchema>

export const themeSchema = z.enum(['light', 'dark', 'system'])
export type Theme = z.infer<typeof themeSchema>

/** An origin only: scheme, host, port. A path or query would make redirect and postMessage checks fuzzy. */
export const originSchema = z
  .url({ protocol: /^https?$/ })
  .refine((value) => new URL(value).origin === value.replace(/\/$/, ''), {
    message: 'must be an origin such as https://apps.mypurecloud.com (no path)',
  })

const hostsSchema = z.strictObject({ login: originSchema, api: originSchema })

const limitsSchema = z.strictObject({
  maxValueLength: z.number().int().positive().default(32_768),
  maxAttributes: z.number().int().positive().default(1_000),
  maxNameLength: z.number().int().positive().default(256),
})

/**
 * The shape of config.json, served beside the app so one build serves every org. Unknown keys are refused so a
 * misspelt setting fails loudly instead of silently falling back to a default.
 */
export const rawRuntimeConfigSchema = z
  .strictObject({
    clientId: z.string().trim().min(1),
    grant: grantSchema.default('pkce'),
    /** A region id (us-east-1), a Genesys domain (mypurecloud.ie), "emulator", or "auto" (from the launch URL). */
    region: z.string().trim().min(1).optional(),
    hosts: hostsSchema.optional(),
    emulatorOrigin: originSchema.optional(),
    redirectUri: z.url({ protocol: /^https?$/ }).optional(),
    /** Genesys scopes such as "conversations"; empty means the OAuth client's own scope list applies. */
    scopes: z.array(z.string().regex(/^[\w:-]+$/)).default([]),
    allowedHostOrigins: z.array(originSchema).optional(),
    urlOverrides: z.array(z.enum(overridableSettings)).default([]),
    limits: limitsSchema.default({ maxValueLength: 32_768, maxAttributes: 1_000, maxNameLength: 256 }),
    tokenRenewalLeadSeconds: z.number().int().min(5).max(3_600).default(60),
    theme: themeSchema.default('system'),
    lang: z.string().optional(),
    /** Per-name attribute policy by role (docs/GOVERNANCE.md); absent: every name editable for everyone. */
    policy: attributePolicySchema.optional(),
    /** Audit options (docs/GOVERNANCE.md); absent: history in this browser session only, no stamp attribute. */
    audit: auditSettingsSchema.optional(),
  })
  .refine((config) => config.region !== undefined || config.hosts !== undefined, {
    message: 'set "region" (a region id, "auto" or "emulator") or "hosts" ({"login", "api"})',
    path: ['region'],
  })
  .refine((config) => config.region !== 'emulator' || config.emulatorOrigin !== undefined, {
    message: 'region "emulator" needs "emulatorOrigin", e.g. http://127.0.0.1:8700',
    path: ['emulatorOrigin'],
  })

export type RawRuntimeConfig = z.infer<typeof rawRuntimeConfigSchema>
export type AttributeLimits = RawRuntimeConfig['limits']
