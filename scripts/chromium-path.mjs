// Finds a Chromium for Playwright: an explicit environment variable, then Debian's /usr/bin/chromium, then the
// browser Playwright downloaded itself (on a developer laptop). Returns undefined when there is none.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

export const chromiumEnvVariables = ['PLAYWRIGHT_CHROMIUM_EXECUTABLE', 'CHROMIUM_PATH']

/** Flags for a machine without general internet access: Chromium's own background traffic would only fail. */
export const offlineChromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function findChromium() {
  for (const name of chromiumEnvVariables) {
    const path = process.env[name]
    if (path && existsSync(path)) return { path, source: `$${name}` }
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(path)) return { path, source: 'system' }
  }
  try {
    const require = createRequire(import.meta.url)
    const { chromium } = require('@playwright/test')
    const path = chromium.executablePath()
    if (path && existsSync(path)) return { path, source: 'playwright' }
  } catch {
    // Playwright has no browser of its own here; fall through.
  }
  return undefined
}
