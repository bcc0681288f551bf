import { genesysRegions, resolveRegionHosts } from '../src/genesys/regions.ts'
import type { ClientCredentials } from './client-credentials.ts'
import { UsageError } from './enrich-core.ts'

export const defaultEmulatorOrigin = 'http://127.0.0.1:8700'

/** The emulator's client-credentials client; used only when the target is the emulator. */
const emulatorCredentials: ClientCredentials = {
  clientId: 'service-local',
  clientSecret: 'service-local-secret',
}

export interface EnrichTarget {
  kind: 'emulator' | 'region'
  /** For messages: `eu-west-1 (mypurecloud.ie)` or `emulator at http://127.0.0.1:8700`. */
  label: string
  apiOrigin: string
  loginOrigin: string
  /** The emulator was named (flag, EMULATOR_ORIGIN, region "emulator"), not fallen back to. */
  chosen: boolean
}

export type Env = Readonly<Record<string, string | undefined>>

/**
 * Where to send requests. Flags win over the environment; a region wins over an emulator given at the same
 * level. Without either, the local emulator: the safe default for a tool that writes to live calls.
 */
export function resolveTarget(
  flags: { region?: string | undefined; emulatorOrigin?: string | undefined },
  env: Env,
): EnrichTarget {
  if (flags.region !== undefined) return regionTarget(flags.region, '--region')
  if (flags.emulatorOrigin !== undefined)
    return emulatorTarget(flags.emulatorOrigin, '--emulator-origin', true)
  if (env.GENESYS_REGION) return regionTarget(env.GENESYS_REGION, 'GENESYS_REGION')
  if (env.EMULATOR_ORIGIN) return emulatorTarget(env.EMULATOR_ORIGIN, 'EMULATOR_ORIGIN', true)
  return emulatorTarget(defaultEmulatorOrigin, 'the default target', false)
}

function regionTarget(regionId: string, source: string): EnrichTarget {
  if (regionId === 'emulator') return emulatorTarget(defaultEmulatorOrigin, source, true)
  const hosts = resolveRegionHosts(regionId)
  if (!hosts) {
    const known = genesysRegions.map((region) => region.id).join(', ')
    throw new UsageError(
      `${source}: unknown region ${JSON.stringify(regionId)}; known regions: ${known}, emulator`,
    )
  }
  return {
    kind: 'region',
    label: `${regionId} (${new URL(hosts.apiOrigin).hostname})`,
    ...hosts,
    chosen: true,
  }
}

function emulatorTarget(origin: string, source: string, chosen: boolean): EnrichTarget {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    throw new UsageError(`${source}: ${JSON.stringify(origin)} is not a URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`${source}: use an http(s) origin`)
  return {
    kind: 'emulator',
    label: `emulator at ${url.origin}`,
    apiOrigin: url.origin,
    loginOrigin: url.origin,
    chosen,
  }
}

/**
 * Client id and secret come from the environment only (never from arguments, which end up in shell history and
 * process listings), and go only to a Genesys Cloud region's login host (always https). The emulator gets its own
 * client, never the real one: with GENESYS_CLIENT_ID/SECRET exported but no region, falling back to the emulator
 * would send the org's secret over plain HTTP to whatever listens on that port, so that is refused.
 */
export function resolveCredentials(target: EnrichTarget, env: Env): ClientCredentials {
  const clientId = env.GENESYS_CLIENT_ID
  const clientSecret = env.GENESYS_CLIENT_SECRET
  if (target.kind === 'region') {
    if (clientId && clientSecret) return { clientId, clientSecret }
    throw new UsageError(
      `set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET (a client-credentials OAuth client) to use ${target.label}`,
    )
  }
  if ((clientId || clientSecret) && !target.chosen) {
    throw new UsageError(
      "GENESYS_CLIENT_ID/GENESYS_CLIENT_SECRET are set but no region is given: name the org's region with " +
        '--region <id> (or GENESYS_REGION); to use the emulator, give --emulator-origin (it has its own client; ' +
        'your credentials are never sent to it)',
    )
  }
  return emulatorCredentials
}
