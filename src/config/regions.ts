/**
 * Every Genesys Cloud region the widget can sign in to, with the two hosts it talks to. Framework-free so the
 * command-line tool can share it. Source: ../shared/genesys-notes.md ("Sign-in from a browser").
 *
 * `targetEnv` is the value Genesys puts in `{{gcTargetEnv}}`. Only `prod` (us-east-1) and the `prod-<short>`
 * pattern are documented; the short codes of the four older mypurecloud.* regions are our best reading
 * [assumed], which is why gcHostOrigin (a real domain) is preferred when both are present.
 */
export interface GenesysRegion {
  id: string
  domain: string
  targetEnv: string
  label: string
}

export const genesysRegions: readonly GenesysRegion[] = Object.freeze([
  { id: 'us-east-1', domain: 'mypurecloud.com', targetEnv: 'prod', label: 'Americas (US East)' },
  {
    id: 'us-east-2',
    domain: 'use2.us-gov-pure.cloud',
    targetEnv: 'prod-use2',
    label: 'Americas (US East 2, FedRAMP)',
  },
  { id: 'us-west-2', domain: 'usw2.pure.cloud', targetEnv: 'prod-usw2', label: 'Americas (US West)' },
  { id: 'ca-central-1', domain: 'cac1.pure.cloud', targetEnv: 'prod-cac1', label: 'Americas (Canada)' },
  { id: 'sa-east-1', domain: 'sae1.pure.cloud', targetEnv: 'prod-sae1', label: 'Americas (São Paulo)' },
  { id: 'mx-central-1', domain: 'mxc1.pure.cloud', targetEnv: 'prod-mxc1', label: 'Americas (Mexico)' },
  { id: 'eu-west-1', domain: 'mypurecloud.ie', targetEnv: 'prod-euw1', label: 'EMEA (Dublin)' },
  { id: 'eu-west-2', domain: 'euw2.pure.cloud', targetEnv: 'prod-euw2', label: 'EMEA (London)' },
  { id: 'eu-central-1', domain: 'mypurecloud.de', targetEnv: 'prod-euc1', label: 'EMEA (Frankfurt)' },
  { id: 'eu-central-2', domain: 'euc2.pure.cloud', targetEnv: 'prod-euc2', label: 'EMEA (Zurich)' },
  { id: 'me-central-1', domain: 'mec1.pure.cloud', targetEnv: 'prod-mec1', label: 'EMEA (UAE)' },
  { id: 'eusc', domain: 'edee1.eusc-pure.cloud', targetEnv: 'prod-edee1', label: 'EU Sovereign Cloud' },
  {
    id: 'ap-southeast-2',
    domain: 'mypurecloud.com.au',
    targetEnv: 'prod-apse2',
    label: 'Asia Pacific (Sydney)',
  },
  { id: 'ap-northeast-1', domain: 'mypurecloud.jp', targetEnv: 'prod-apne1', label: 'Asia Pacific (Tokyo)' },
  {
    id: 'ap-northeast-2',
    domain: 'apne2.pure.cloud',
    targetEnv: 'prod-apne2',
    label: 'Asia Pacific (Seoul)',
  },
  {
    id: 'ap-northeast-3',
    domain: 'apne3.pure.cloud',
    targetEnv: 'prod-apne3',
    label: 'Asia Pacific (Osaka)',
  },
  { id: 'ap-south-1', domain: 'aps1.pure.cloud', targetEnv: 'prod-aps1', label: 'Asia Pacific (Mumbai)' },
  {
    id: 'ap-southeast-1',
    domain: 'apse1.pure.cloud',
    targetEnv: 'prod-apse1',
    label: 'Asia Pacific (Singapore)',
  },
])

export interface RegionHosts {
  loginOrigin: string
  apiOrigin: string
}

/** Hosts of a known region id, or undefined: callers turn that into an error, never into a guessed host. */
export function resolveRegionHosts(regionId: string): RegionHosts | undefined {
  const region = genesysRegions.find((candidate) => candidate.id === regionId)
  if (!region) return undefined
  return { loginOrigin: `https://login.${region.domain}`, apiOrigin: `https://api.${region.domain}` }
}
