import * as z from 'zod/mini'
import { issueText } from '../genesys/zod-issue-text.ts'
import { languageFromTag, type Language } from '../ui/i18n.tsx'
import { RuntimeConfigError } from './config-error.ts'
import { parseLaunchContext, type LaunchContext } from './launch-context.ts'
import { resolveRegion, type ResolvedRegion } from './region-resolution.ts'
import {
  grantSchema,
  overridableSettings,
  rawRuntimeConfigSchema,
  themeSchema,
  type AttributeLimits,
  type Grant,
  type OverridableSetting,
  type RawRuntimeConfig,
  type Theme,
} from './runtime-config-schema.ts'
import type { AttributePolicy, AuditSettings } from './attribute-policy-schema.ts'

/** Everything the widget needs to start, resolved once at start-up. */
export interface RuntimeConfig {
  clientId: string
  grant: Grant
  region: ResolvedRegion
  /** The app root; registered as the OAuth client's redirect URI. */
  redirectUri: string
  scopes: readonly string[]
  allowedHostOrigins: readonly string[] | undefined
  urlOverrides: readonly OverridableSetting[]
  limits: AttributeLimits
  tokenRenewalLeadSeconds: number
  theme: Theme
  language: Language
  launch: LaunchContext
  /** URL parameters that tried to change a setting the admin did not open up; they were ignored. */
  ignoredOverrides: readonly OverridableSetting[]
  policy: AttributePolicy | undefined
  audit: AuditSettings | undefined
  attributeOrder: RawRuntimeConfig['attributeOrder']
}

const overrideSchemas: Record<OverridableSetting, z.ZodMiniType<string>> = {
  region: z.string().check(z.regex(/^[a-z0-9.-]{2,60}$/)),
  clientId: z.string().check(z.regex(/^[\w-]{1,100}$/)),
  grant: grantSchema,
  theme: themeSchema,
  lang: z.string().check(z.regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/)),
}

function readOverrides(params: URLSearchParams, allowed: readonly OverridableSetting[]) {
  const values: Partial<Record<OverridableSetting, string>> = {}
  const ignored: OverridableSetting[] = []
  for (const name of overridableSettings) {
    const value = params.get(name)
    if (value === null || value === '') continue
    if (!allowed.includes(name)) {
      ignored.push(name)
      continue
    }
    const parsed = overrideSchemas[name].safeParse(value)
    if (!parsed.success) {
      throw new RuntimeConfigError(
        'invalid-override',
        `URL parameter ${name}="${value}" is not valid.`,
        expectedFor(name),
      )
    }
    values[name] = parsed.data
  }
  return { values, ignored }
}

function expectedFor(name: OverridableSetting): string[] {
  if (name === 'grant') return [...grantSchema.options]
  if (name === 'theme') return [...themeSchema.options]
  if (name === 'lang') return ['a language tag such as en-us or de-de']
  if (name === 'region') return ['a Genesys region id such as eu-west-1']
  return ['an OAuth client id']
}

function describeIssues(error: z.core.$ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')
}

/**
 * Pure: config.json's parsed body + the page URL → RuntimeConfig. Throws RuntimeConfigError with what was expected.
 * `basePath` is Vite's BASE_URL; the redirect URI defaults to the app root so one registration covers every screen.
 */
export function resolveRuntimeConfig(
  rawConfigJson: unknown,
  searchParams: URLSearchParams,
  location: Pick<Location, 'origin'>,
  basePath = '/',
): RuntimeConfig {
  const parsed = rawRuntimeConfigSchema.safeParse(rawConfigJson, { error: issueText })
  if (!parsed.success)
    throw new RuntimeConfigError(
      'config-invalid',
      `config.json is not valid: ${describeIssues(parsed.error)}.`,
    )
  const raw = parsed.data
  const { values: overrides, ignored } = readOverrides(searchParams, raw.urlOverrides)
  const launch = parseLaunchContext(searchParams)
  const region = resolveRegion({
    setting: overrides.region ?? raw.region,
    settingSource: overrides.region !== undefined ? 'url-override' : 'config',
    hosts: raw.hosts,
    emulatorOrigin: raw.emulatorOrigin,
    launch,
    allowedHostOrigins: raw.allowedHostOrigins,
  })
  const redirectUri =
    raw.redirectUri ?? `${location.origin}${basePath.startsWith('/') ? basePath : `/${basePath}`}`
  if (new URL(redirectUri).origin !== location.origin) {
    // The popup hands its result back with postMessage to our own origin; another origin could never answer.
    throw new RuntimeConfigError(
      'config-invalid',
      `redirectUri ${redirectUri} must be on this app's origin.`,
      [`${location.origin}/`],
    )
  }
  const themeOverride = overrides.theme !== undefined ? themeSchema.parse(overrides.theme) : undefined
  return {
    clientId: overrides.clientId ?? raw.clientId,
    grant: overrides.grant !== undefined ? grantSchema.parse(overrides.grant) : raw.grant,
    region,
    redirectUri,
    scopes: raw.scopes,
    allowedHostOrigins: raw.allowedHostOrigins,
    urlOverrides: raw.urlOverrides,
    limits: raw.limits,
    tokenRenewalLeadSeconds: raw.tokenRenewalLeadSeconds,
    theme: themeOverride ?? launch.theme ?? raw.theme,
    language: languageFromTag(overrides.lang ?? launch.langTag ?? raw.lang),
    launch,
    ignoredOverrides: ignored,
    policy: raw.policy,
    audit: raw.audit,
    attributeOrder: raw.attributeOrder,
  }
}
