import { createAttributeMap } from '../genesys/attribute-map.ts'
import { GenesysApiError } from '../genesys/errors.ts'
import { createQueryClient, shouldRetryQuery } from './query-client.ts'

describe('createQueryClient', () => {
  it('keeps an attribute named __proto__ through a fetch that replaces cached data', async () => {
    const queryClient = createQueryClient()
    const key = ['conversation']
    queryClient.setQueryData(key, { attributes: createAttributeMap([['a', '1']]) })
    const fresh = {
      attributes: createAttributeMap([
        ['a', '1'],
        ['__proto__', 'kept'],
      ]),
    }
    await queryClient.fetchQuery({ queryKey: key, queryFn: () => fresh, staleTime: 0 })
    const cached = queryClient.getQueryData<typeof fresh>(key)
    expect(Object.keys(cached?.attributes ?? {})).toEqual(['a', '__proto__'])
    expect(Object.getPrototypeOf(cached?.attributes)).toBeNull()
  })
})

describe('shouldRetryQuery', () => {
  const error = (kind: ConstructorParameters<typeof GenesysApiError>[0]['kind']) =>
    new GenesysApiError({ kind, method: 'GET', path: '/x' })
  it('does not retry what another identical request cannot fix, nor a rate limit', () => {
    for (const kind of [
      'unauthorized',
      'forbidden',
      'not-found',
      'bad-request',
      'malformed-response',
      'rate-limited',
    ] as const) {
      expect(shouldRetryQuery(0, error(kind))).toBe(false)
    }
  })
  it('retries passing failures twice', () => {
    expect(shouldRetryQuery(0, error('server'))).toBe(true)
    expect(shouldRetryQuery(1, error('network'))).toBe(true)
    expect(shouldRetryQuery(2, error('timeout'))).toBe(false)
  })
})
