import { RuntimeConfigError } from './config-error.ts'
import type { LaunchContext } from './launch-context.ts'
import {
  findGenesysRegion,
  findGenesysRegionByHost,
  genesysRegions,
  resolveRegionHosts,
  type GenesysRegion,
} from '../genesys/regions.ts'
import { findRegionByTargetEnv, knownTargetEnvs } from './target-env.ts'

export type RegionSource =
  'config' | 'url-override' | 'hosts' | 'gcHostOrigin' | 'gcTargetEnv' | 'pcEnvironment'

export interface ResolvedRegion {
  /** A Genesys region id, "emulator", or "custom" for explicit hosts. */
  id: string
  label: string
  loginOrigin: string
  apiOrigin: string
  isEmulator: boolean
  source: RegionSource
}

export interface RegionInputs {
  /** config.json "region" or the allowed `region` URL override. */
  setting: string | undefined
  settingSource: 'config' | 'url-override'
  hosts: { login: string; api: string } | undefined
  emulatorOrigin: string | undefined
  launch: LaunchContext
  allowedHostOrigins: readonly string[] | undefined
}

const regionIds = (): string[] => genesysRegions.map((region) => region.id)

function toResolved(region: GenesysRegion, source: RegionSource): ResolvedRegion {
  const hosts = resolveRegionHosts(region.id)
  if (!hosts)
    throw new RuntimeConfigError(
      'unknown-region',
      `No hosts are known for region "${region.id}".`,
      regionIds(),
    )
  return { id: region.id, label: region.location, ...hosts, isEmulator: false, source }
}

/** The region the Genesys launch URL points at, if it names one; unknown values are errors, never guessed hosts. */
export function regionFromLaunch(
  launch: LaunchContext,
  allowedHostOrigins: readonly string[] | undefined,
): ResolvedRegion | undefined {
  if (launch.hostOrigin !== undefined) {
    if (allowedHostOrigins && !allowedHostOrigins.includes(launch.hostOrigin)) {
      throw new RuntimeConfigError(
        'host-origin-not-allowed',
        `The widget was opened from ${launch.hostOrigin}, which config.json "allowedHostOrigins" does not list.`,
        allowedHostOrigins,
      )
    }
    const region = findGenesysRegionByHost(launch.hostOrigin)
    if (!region) {
      throw new RuntimeConfigError(
        'unknown-host-origin',
        `gcHostOrigin ${launch.hostOrigin} is not a Genesys Cloud origin this widget knows.`,
        genesysRegions.map((candidate) => `https://apps.${candidate.domain}`),
      )
    }
    return toResolved(region, 'gcHostOrigin')
  }
  if (launch.targetEnv !== undefined) {
    const region = findRegionByTargetEnv(launch.targetEnv)
    if (!region) {
      throw new RuntimeConfigError(
        'unknown-target-env',
        `gcTargetEnv "${launch.targetEnv}" is not a Genesys Cloud environment this widget knows.`,
        knownTargetEnvs(),
      )
    }
    return toResolved(region, 'gcTargetEnv')
  }
  if (launch.pcEnvironment !== undefined) {
    const region = findGenesysRegionByHost(launch.pcEnvironment)
    if (!region) {
      throw new RuntimeConfigError(
        'unknown-region',
        `pcEnvironment "${launch.pcEnvironment}" is not a Genesys Cloud domain this widget knows.`,
        genesysRegions.map((candidate) => candidate.domain),
      )
    }
    return toResolved(region, 'pcEnvironment')
  }
  return undefined
}

/**
 * Picks login and API hosts. A fixed region wins over the launch URL but must agree with it (a token from one
 * region is useless in another); "auto" or no region takes the launch URL; the emulator stands in for any
 * region, so Genesys parameters are ignored there.
 */
export function resolveRegion(inputs: RegionInputs): ResolvedRegion {
  const { setting, hosts, emulatorOrigin, launch, allowedHostOrigins } = inputs
  if (setting === 'emulator') {
    if (!emulatorOrigin)
      throw new RuntimeConfigError(
        'config-invalid',
        'Region "emulator" needs "emulatorOrigin" in config.json.',
      )
    return {
      id: 'emulator',
      label: `Local emulator (${emulatorOrigin})`,
      loginOrigin: emulatorOrigin,
      apiOrigin: emulatorOrigin,
      isEmulator: true,
      source: inputs.settingSource,
    }
  }
  if (setting === undefined && hosts) {
    return {
      id: 'custom',
      label: new URL(hosts.api).host,
      loginOrigin: hosts.login,
      apiOrigin: hosts.api,
      isEmulator: false,
      source: 'hosts',
    }
  }
  if (setting === undefined || setting === 'auto') {
    const fromLaunch = regionFromLaunch(launch, allowedHostOrigins)
    if (fromLaunch) return fromLaunch
    throw new RuntimeConfigError(
      'region-missing',
      'config.json says region "auto", but the URL has no gcHostOrigin, gcTargetEnv or pcEnvironment parameter.',
      ['a region in config.json', 'the Genesys URL template parameters'],
    )
  }
  const configured = findGenesysRegion(setting)
  if (!configured) {
    throw new RuntimeConfigError('unknown-region', `Region "${setting}" is not a Genesys Cloud region.`, [
      ...regionIds(),
      'auto',
      'emulator',
    ])
  }
  let fromLaunch: ResolvedRegion | undefined
  try {
    fromLaunch = regionFromLaunch(launch, allowedHostOrigins)
  } catch (error) {
    // With a fixed region an unrecognised launch value cannot change the hosts; only an explicit refusal matters.
    if (error instanceof RuntimeConfigError && error.kind === 'host-origin-not-allowed') throw error
  }
  if (fromLaunch && fromLaunch.id !== configured.id) {
    throw new RuntimeConfigError(
      'region-mismatch',
      `config.json uses region ${configured.id}, but Genesys Cloud opened the widget from ${fromLaunch.id} (${fromLaunch.source}).`,
      [configured.id],
    )
  }
  return toResolved(configured, inputs.settingSource)
}
