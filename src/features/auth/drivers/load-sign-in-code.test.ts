import { describe, expect, it, vi } from 'vitest'
import { failureFromException } from '../model/auth-failure.ts'
import { loadSignInDrivers } from './load-sign-in-code.ts'

// The first fetch of the sign-in chunk fails (network dropped, or a deploy replaced it); a retry gets it.
const chunk = vi.hoisted(() => ({ attempts: 0 }))
vi.mock('./sign-in-drivers.ts', async (importOriginal) => {
  chunk.attempts += 1
  if (chunk.attempts === 1) throw new TypeError('Failed to fetch dynamically imported module')
  return importOriginal()
})

describe('fetching the sign-in chunk', () => {
  it('names a failed fetch as sign-in code that did not arrive, not as Genesys being unreachable', async () => {
    const error = await loadSignInDrivers().catch((e: unknown) => e)
    expect(failureFromException(error)).toMatchObject({
      kind: 'sign-in-unavailable',
      messageKey: 'failureSignInUnavailable',
    })
  })

  it('fetches again after a failure, and then only once', async () => {
    const drivers = await loadSignInDrivers()
    expect(drivers.createGrantDriver).toBeTypeOf('function')
    expect(await loadSignInDrivers()).toBe(drivers)
    expect(chunk.attempts).toBe(2)
  })
})
