/**
 * Genesys Cloud regions and their domains, as listed by the official SDK (PureCloudRegionHosts) and the Genesys
 * docs. Each region serves the API at https://api.<domain> and sign-in at https://login.<domain>.
 * Shared by the widget's runtime config and the enrichment tool, so it stays framework-free.
 */
export interface GenesysRegion {
  /** AWS-style id used in our config and the `--region` flag, e.g. `eu-west-1`. */
  id: string
  /** Where the region is, for pickers and messages. */
  location: string
  domain: string
  /** The SDK's name for it (PureCloudRegionHosts key), accepted as an alias. */
  sdkName: string
}

export const genesysRegions: readonly GenesysRegion[] = [
  {
    id: 'us-east-1',
    location: 'Americas (US East, Virginia)',
    domain: 'mypurecloud.com',
    sdkName: 'us_east_1',
  },
  {
    id: 'us-east-2',
    location: 'Americas (US East 2, FedRAMP)',
    domain: 'use2.us-gov-pure.cloud',
    sdkName: 'us_east_2',
  },
  {
    id: 'us-west-2',
    location: 'Americas (US West, Oregon)',
    domain: 'usw2.pure.cloud',
    sdkName: 'us_west_2',
  },
  { id: 'ca-central-1', location: 'Americas (Canada)', domain: 'cac1.pure.cloud', sdkName: 'ca_central_1' },
  { id: 'sa-east-1', location: 'Americas (São Paulo)', domain: 'sae1.pure.cloud', sdkName: 'sa_east_1' },
  { id: 'mx-central-1', location: 'Americas (Mexico)', domain: 'mxc1.pure.cloud', sdkName: 'mx_central_1' },
  { id: 'eu-west-1', location: 'EMEA (Dublin)', domain: 'mypurecloud.ie', sdkName: 'eu_west_1' },
  { id: 'eu-west-2', location: 'EMEA (London)', domain: 'euw2.pure.cloud', sdkName: 'eu_west_2' },
  { id: 'eu-central-1', location: 'EMEA (Frankfurt)', domain: 'mypurecloud.de', sdkName: 'eu_central_1' },
  { id: 'eu-central-2', location: 'EMEA (Zurich)', domain: 'euc2.pure.cloud', sdkName: 'eu_central_2' },
  { id: 'me-central-1', location: 'EMEA (UAE)', domain: 'mec1.pure.cloud', sdkName: 'me_central_1' },
  {
    id: 'eusc-de-east-1',
    location: 'EU Sovereign Cloud (Germany)',
    domain: 'edee1.eusc-pure.cloud',
    sdkName: 'eusc_de_east_1',
  },
  { id: 'ap-south-1', location: 'Asia Pacific (Mumbai)', domain: 'aps1.pure.cloud', sdkName: 'ap_south_1' },
  {
    id: 'ap-southeast-1',
    location: 'Asia Pacific (Singapore)',
    domain: 'apse1.pure.cloud',
    sdkName: 'ap_southeast_1',
  },
  {
    id: 'ap-southeast-2',
    location: 'Asia Pacific (Sydney)',
    domain: 'mypurecloud.com.au',
    sdkName: 'ap_southeast_2',
  },
  {
    id: 'ap-northeast-1',
    location: 'Asia Pacific (Tokyo)',
    domain: 'mypurecloud.jp',
    sdkName: 'ap_northeast_1',
  },
  {
    id: 'ap-northeast-2',
    location: 'Asia Pacific (Seoul)',
    domain: 'apne2.pure.cloud',
    sdkName: 'ap_northeast_2',
  },
  {
    id: 'ap-northeast-3',
    location: 'Asia Pacific (Osaka)',
    domain: 'apne3.pure.cloud',
    sdkName: 'ap_northeast_3',
  },
]

export interface RegionHosts {
  apiOrigin: string
  loginOrigin: string
}

/** Finds a region by id (`eu-west-1`), SDK name (`eu_west_1`) or domain (`mypurecloud.ie`), case-insensitively. */
export function findGenesysRegion(regionIdOrDomain: string): GenesysRegion | undefined {
  const wanted = regionIdOrDomain.trim().toLowerCase()
  return genesysRegions.find(
    (region) => region.id === wanted || region.sdkName === wanted || region.domain === wanted,
  )
}

export function resolveRegionHosts(regionId: string): RegionHosts | undefined {
  const region = findGenesysRegion(regionId)
  if (!region) return undefined
  return { apiOrigin: `https://api.${region.domain}`, loginOrigin: `https://login.${region.domain}` }
}

/**
 * The region a Genesys host belongs to, e.g. from `gcHostOrigin` (https://apps.mypurecloud.ie) or the legacy
 * `pcEnvironment` (mypurecloud.ie). Matches whole domain labels only, so `evil-mypurecloud.com` is no match.
 */
export function findGenesysRegionByHost(hostOrOrigin: string): GenesysRegion | undefined {
  let host = hostOrOrigin.trim().toLowerCase()
  if (host.includes('://')) {
    try {
      host = new URL(host).hostname
    } catch {
      return undefined
    }
  }
  // Longest domain first: usw2.pure.cloud must not be mistaken for a shorter suffix match.
  const byLength = [...genesysRegions].sort((a, b) => b.domain.length - a.domain.length)
  return byLength.find((region) => host === region.domain || host.endsWith(`.${region.domain}`))
}
