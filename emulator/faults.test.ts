import { describe, expect, it } from 'vitest'
import { FaultRegistry, pathMatches } from './faults.ts'

describe('pathMatches', () => {
  it.each([
    ['/api/v2/users/me', '/api/v2/users/me', true],
    ['/api/v2/conversations/*', '/api/v2/conversations/abc', true],
    ['/api/v2/conversations/*', '/api/v2/conversations/abc/participants', false],
    ['/api/v2/**', '/api/v2/conversations/abc/participants/p/attributes', true],
    [
      '/api/v2/conversations/*/participants/*/attributes',
      '/api/v2/conversations/c/participants/p/attributes',
      true,
    ],
    ['/api/v2/users/me', '/api/v2/users', false],
  ])('%s ~ %s → %s', (pattern, path, expected) => {
    expect(pathMatches(pattern, path)).toBe(expected)
  })
})

describe('FaultRegistry', () => {
  it('counts matches down, first added first, and never lets * catch a preflight', () => {
    const registry = new FaultRegistry()
    registry.add({ target: 'http', method: '*', path: '/x', times: 2, fault: { type: 'hang' } })
    registry.add({ target: 'http', method: 'GET', path: '/x', times: 1, fault: { type: 'drop' } })
    expect(registry.take('OPTIONS', '/x')).toBeUndefined()
    expect(registry.take('GET', '/x')).toEqual({ type: 'hang' })
    expect(registry.take('POST', '/x')).toEqual({ type: 'hang' })
    expect(registry.take('GET', '/x')).toEqual({ type: 'drop' })
    expect(registry.take('GET', '/x')).toBeUndefined()
  })
})
