import { afterEach, describe, expect, it, vi } from 'vitest'
import { sourcemapFromEnv } from '../../scripts/build-sourcemap.ts'

/*
 * A production build must not publish the widget's source as .map files unless the admin opts in
 * (docs/HOSTING.md). The bench opts in for itself, in bench/lib/stack.ts, to attribute bytes to packages.
 */

afterEach(() => {
  vi.unstubAllEnvs()
  vi.resetModules()
})

async function buildSourcemap(): Promise<unknown> {
  const config = (await import('../../vite.config.ts')).default as { build?: { sourcemap?: unknown } }
  return config.build?.sourcemap
}

describe('source maps in the production build', () => {
  it('are off by default', async () => {
    vi.stubEnv('WIDGET_SOURCEMAP', undefined)
    expect(await buildSourcemap()).toBe(false)
  })

  it('are on when the admin sets WIDGET_SOURCEMAP=1, or hidden with WIDGET_SOURCEMAP=hidden', async () => {
    vi.stubEnv('WIDGET_SOURCEMAP', '1')
    expect(await buildSourcemap()).toBe(true)
    vi.resetModules()
    vi.stubEnv('WIDGET_SOURCEMAP', 'hidden')
    expect(await buildSourcemap()).toBe('hidden')
  })

  it('refuse a value they do not understand, naming the accepted ones', () => {
    expect(sourcemapFromEnv('0')).toBe(false)
    expect(() => sourcemapFromEnv('yes')).toThrow('WIDGET_SOURCEMAP must be 1, hidden or unset')
  })
})
