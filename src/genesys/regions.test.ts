import { findGenesysRegion, findGenesysRegionByHost, genesysRegions, resolveRegionHosts } from './regions.ts'

describe('Genesys regions', () => {
  it('lists all 18 regions with unique ids and domains', () => {
    expect(genesysRegions).toHaveLength(18)
    expect(new Set(genesysRegions.map((r) => r.id)).size).toBe(18)
    expect(new Set(genesysRegions.map((r) => r.domain)).size).toBe(18)
  })

  it('resolves API and login hosts from the region id', () => {
    expect(resolveRegionHosts('eu-west-1')).toEqual({
      apiOrigin: 'https://api.mypurecloud.ie',
      loginOrigin: 'https://login.mypurecloud.ie',
    })
    expect(resolveRegionHosts('us-east-2')?.apiOrigin).toBe('https://api.use2.us-gov-pure.cloud')
    expect(resolveRegionHosts('eusc-de-east-1')?.loginOrigin).toBe('https://login.edee1.eusc-pure.cloud')
  })

  it('accepts the SDK name and the domain as aliases, and rejects unknown regions', () => {
    expect(findGenesysRegion('AP_SOUTHEAST_2')?.domain).toBe('mypurecloud.com.au')
    expect(findGenesysRegion('mypurecloud.de')?.id).toBe('eu-central-1')
    expect(resolveRegionHosts('mars-north-1')).toBeUndefined()
  })

  it('finds the region of a Genesys host by whole domain labels only', () => {
    expect(findGenesysRegionByHost('https://apps.euw2.pure.cloud')?.id).toBe('eu-west-2')
    expect(findGenesysRegionByHost('mypurecloud.com')?.id).toBe('us-east-1')
    expect(findGenesysRegionByHost('https://apps.mypurecloud.com.au')?.id).toBe('ap-southeast-2')
    expect(findGenesysRegionByHost('https://evil-mypurecloud.com')).toBeUndefined()
  })
})
