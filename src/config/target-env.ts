import { genesysRegions, type GenesysRegion } from '../genesys/regions.ts'

/**
 * The value Genesys puts in `{{gcTargetEnv}}` for each region. Only `prod` (us-east-1) and the `prod-<short>`
 * pattern are documented; the short codes of the four older mypurecloud.* regions are our best reading
 * [assumed], which is why gcHostOrigin (a real domain) is preferred when both are present.
 */
const targetEnvByRegionId: Readonly<Record<string, string>> = {
  'us-east-1': 'prod',
  'eu-west-1': 'prod-euw1',
  'eu-central-1': 'prod-euc1',
  'ap-southeast-2': 'prod-apse2',
  'ap-northeast-1': 'prod-apne1',
}

/** pure.cloud regions: the first label of the domain is the short code (euw2.pure.cloud → prod-euw2). */
export function targetEnvOf(region: GenesysRegion): string {
  return targetEnvByRegionId[region.id] ?? `prod-${region.domain.split('.')[0] ?? region.id}`
}

export function findRegionByTargetEnv(targetEnv: string): GenesysRegion | undefined {
  return genesysRegions.find((region) => targetEnvOf(region) === targetEnv)
}

export function knownTargetEnvs(): string[] {
  return genesysRegions.map(targetEnvOf)
}
