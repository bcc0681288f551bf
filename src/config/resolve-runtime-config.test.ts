import { describe, expect, it } from 'vitest'
import { RuntimeConfigError } from './config-error.ts'
import { resolveRuntimeConfig } from './resolve-runtime-config.ts'

const location = { origin: 'https://widget.example.com' }
const base = { clientId: 'client-1', grant: 'pkce', urlOverrides: [] as string[] }

function resolve(raw: Record<string, unknown>, query = '') {
  return resolveRuntimeConfig(raw, new URLSearchParams(query), location, '/')
}

function errorOf(run: () => unknown): RuntimeConfigError {
  try {
    run()
  } catch (error) {
    if (error instanceof RuntimeConfigError) return error
    throw error
  }
  throw new Error('expected a RuntimeConfigError')
}

describe('resolveRuntimeConfig: regions', () => {
  it('maps a configured region id to its login and API hosts', () => {
    const config = resolve({ ...base, region: 'eu-west-2' })
    expect(config.region).toMatchObject({
      id: 'eu-west-2',
      loginOrigin: 'https://login.euw2.pure.cloud',
      apiOrigin: 'https://api.euw2.pure.cloud',
    })
  })

  it('accepts a Genesys domain in place of the region id', () => {
    expect(resolve({ ...base, region: 'mypurecloud.ie' }).region.id).toBe('eu-west-1')
  })

  it('uses the emulator origin for both hosts and ignores Genesys parameters', () => {
    const config = resolve(
      { ...base, region: 'emulator', emulatorOrigin: 'http://127.0.0.1:8700' },
      'gcTargetEnv=prod-euw2',
    )
    expect(config.region).toMatchObject({
      id: 'emulator',
      loginOrigin: 'http://127.0.0.1:8700',
      apiOrigin: 'http://127.0.0.1:8700',
      isEmulator: true,
    })
  })

  it('takes the region from gcHostOrigin when config says auto', () => {
    const config = resolve(
      { ...base, region: 'auto' },
      'gcHostOrigin=https%3A%2F%2Fapps.mypurecloud.com.au&gcTargetEnv=prod-apse2',
    )
    expect(config.region).toMatchObject({
      id: 'ap-southeast-2',
      source: 'gcHostOrigin',
      loginOrigin: 'https://login.mypurecloud.com.au',
    })
  })

  it('takes the region from gcTargetEnv, and prod means us-east-1', () => {
    expect(resolve({ ...base, region: 'auto' }, 'gcTargetEnv=prod-euw2').region.id).toBe('eu-west-2')
    expect(resolve({ ...base, region: 'auto' }, 'gcTargetEnv=prod').region.apiOrigin).toBe(
      'https://api.mypurecloud.com',
    )
  })

  it('takes the region from the legacy pcEnvironment domain', () => {
    expect(resolve({ ...base, region: 'auto' }, 'pcEnvironment=mypurecloud.de').region.id).toBe(
      'eu-central-1',
    )
  })

  it('refuses an unknown gcTargetEnv and lists the known ones, never guessing a host', () => {
    const error = errorOf(() => resolve({ ...base, region: 'auto' }, 'gcTargetEnv=prod-xyz9'))
    expect(error.kind).toBe('unknown-target-env')
    expect(error.expected).toContain('prod-euw2')
    expect(error.message).toContain('prod-xyz9')
  })

  it('refuses a gcHostOrigin outside Genesys Cloud', () => {
    const error = errorOf(() => resolve({ ...base, region: 'auto' }, 'gcHostOrigin=https://evil.example.net'))
    expect(error.kind).toBe('unknown-host-origin')
    expect(error.expected).toContain('https://apps.mypurecloud.com')
  })

  it('refuses a host origin that the admin did not allow', () => {
    const raw = { ...base, region: 'auto', allowedHostOrigins: ['https://apps.mypurecloud.ie'] }
    expect(errorOf(() => resolve(raw, 'gcHostOrigin=https://apps.mypurecloud.com')).kind).toBe(
      'host-origin-not-allowed',
    )
    expect(resolve(raw, 'gcHostOrigin=https://apps.mypurecloud.ie').region.id).toBe('eu-west-1')
  })

  it('refuses an unknown configured region and lists the valid ids', () => {
    const error = errorOf(() => resolve({ ...base, region: 'moon-1' }))
    expect(error.kind).toBe('unknown-region')
    expect(error.expected).toEqual(expect.arrayContaining(['us-east-1', 'eu-west-2', 'emulator', 'auto']))
  })

  it('refuses a fixed region that disagrees with where Genesys opened the widget', () => {
    expect(errorOf(() => resolve({ ...base, region: 'us-east-1' }, 'gcTargetEnv=prod-euw2')).kind).toBe(
      'region-mismatch',
    )
    expect(resolve({ ...base, region: 'eu-west-2' }, 'gcTargetEnv=prod-euw2').region.id).toBe('eu-west-2')
  })

  it('asks for a region when auto has nothing to go on', () => {
    expect(errorOf(() => resolve({ ...base, region: 'auto' })).kind).toBe('region-missing')
  })

  it('uses explicit hosts when no region is set', () => {
    const config = resolve({
      ...base,
      hosts: { login: 'https://login.example.org', api: 'https://api.example.org' },
    })
    expect(config.region).toMatchObject({
      id: 'custom',
      loginOrigin: 'https://login.example.org',
      apiOrigin: 'https://api.example.org',
    })
  })
})

describe('resolveRuntimeConfig: config.json and overrides', () => {
  it('refuses an invalid config.json and says which field is wrong', () => {
    const error = errorOf(() => resolve({ clientId: 'x', grant: 'password', region: 'us-east-1' }))
    expect(error.kind).toBe('config-invalid')
    expect(error.message).toContain('grant: Invalid option: expected one of "pkce"|"implicit"')
    const unknownKey = errorOf(() => resolve({ ...base, region: 'us-east-1', clientSecret: 'nope' }))
    expect(unknownKey.kind).toBe('config-invalid')
    expect(unknownKey.message).toContain('(root): Unrecognized key: "clientSecret"')
  })

  it('names the field, what it expected and what it got, and keeps our own wording for our own rules', () => {
    const error = errorOf(() => resolve({ clientId: 7, tokenRenewalLeadSeconds: 2 }))
    expect(error.message).toBe(
      'config.json is not valid: clientId: Invalid input: expected string, received number; ' +
        'tokenRenewalLeadSeconds: Too small: expected number to be >=5.',
    )
    expect(errorOf(() => resolve(base)).message).toContain(
      'region: set "region" (a region id, "auto" or "emulator") or "hosts" ({"login", "api"})',
    )
  })

  it('defaults the redirect URI to the app root', () => {
    const config = resolveRuntimeConfig(
      { ...base, region: 'us-east-1' },
      new URLSearchParams(),
      location,
      '/widget/',
    )
    expect(config.redirectUri).toBe('https://widget.example.com/widget/')
  })

  it('refuses a redirect URI on another origin', () => {
    expect(
      errorOf(() => resolve({ ...base, region: 'us-east-1', redirectUri: 'https://other.example.com/' }))
        .kind,
    ).toBe('config-invalid')
  })

  it('applies URL overrides the admin allowed', () => {
    const raw = {
      ...base,
      region: 'us-east-1',
      urlOverrides: ['region', 'clientId', 'grant', 'theme', 'lang'],
    }
    const config = resolve(raw, 'region=eu-west-1&clientId=other-client&grant=implicit&theme=dark&lang=de-de')
    expect(config).toMatchObject({
      clientId: 'other-client',
      grant: 'implicit',
      theme: 'dark',
      language: 'de',
      ignoredOverrides: [],
    })
    expect(config.region).toMatchObject({ id: 'eu-west-1', source: 'url-override' })
  })

  it('ignores overrides the admin did not allow and reports them', () => {
    const raw = { ...base, region: 'us-east-1', urlOverrides: ['theme'] }
    const config = resolve(raw, 'region=eu-west-1&clientId=evil&grant=implicit&theme=dark')
    expect(config).toMatchObject({ clientId: 'client-1', grant: 'pkce', theme: 'dark' })
    expect(config.region.id).toBe('us-east-1')
    expect(config.ignoredOverrides).toEqual(['region', 'clientId', 'grant'])
  })

  it('refuses an allowed override with an invalid value', () => {
    const raw = { ...base, region: 'us-east-1', urlOverrides: ['grant'] }
    const error = errorOf(() => resolve(raw, 'grant=password'))
    expect(error.kind).toBe('invalid-override')
    expect(error.expected).toEqual(['pkce', 'implicit'])
  })

  it('refuses a region override that names no known region', () => {
    const raw = { ...base, region: 'us-east-1', urlOverrides: ['region'] }
    expect(errorOf(() => resolve(raw, 'region=attacker.example.com')).kind).toBe('unknown-region')
  })

  it('picks the language from gcLangTag, falling back to English', () => {
    expect(resolve({ ...base, region: 'us-east-1' }, 'gcLangTag=de-DE').language).toBe('de')
    expect(resolve({ ...base, region: 'us-east-1' }, 'gcLangTag=fr-fr').language).toBe('fr')
    expect(resolve({ ...base, region: 'us-east-1' }, 'gcLangTag=pt-br').language).toBe('pt-BR')
    expect(resolve({ ...base, region: 'us-east-1' }, 'gcLangTag=ko-kr').language).toBe('en')
  })

  it('fills limits and renewal lead with defaults', () => {
    const config = resolve({ ...base, region: 'us-east-1' })
    expect(config.limits).toEqual({ maxValueLength: 32_768, maxAttributes: 1_000, maxNameLength: 256 })
    expect(config.tokenRenewalLeadSeconds).toBe(60)
  })
})

describe('gcTargetEnv table', () => {
  it('maps every known region to a distinct gcTargetEnv that resolves back to it', async () => {
    const { genesysRegions } = await import('../genesys/regions.ts')
    const { targetEnvOf, findRegionByTargetEnv } = await import('./target-env.ts')
    const envs = genesysRegions.map(targetEnvOf)
    expect(new Set(envs).size).toBe(genesysRegions.length)
    for (const region of genesysRegions)
      expect(findRegionByTargetEnv(targetEnvOf(region))?.id).toBe(region.id)
  })
})
