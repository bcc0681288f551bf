import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { build, preview, type PreviewServer } from 'vite'
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts'
import { findChromium, offlineChromiumArgs } from '../../scripts/chromium-path.mjs'
import { newBenchContext, signIn, type LocalUser } from './widget-page.ts'

/** Everything a run measures against: the built widget behind `vite preview`, the emulator, one Chromium. */
export interface BenchStack {
  outDir: string
  widgetOrigin: string
  emulator: RunningEmulator
  browser: Browser
  /**
   * A new tab signed in as `user`. One browser context per user keeps the emulator's login cookie, so only the
   * first sign-in shows the login page; each tab still has its own sessionStorage (token, selection, edits).
   */
  signedInPage(user: LocalUser): Promise<Page>
  close(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * A production build into a temp dir, so a run never races `npm test` or a developer over dist/. With source maps
 * (which production builds leave out): the bench attributes the entry chunk's bytes to packages through them.
 */
export async function buildWidget(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-widget-'))
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: true } })
  return outDir
}

export async function startStack(outDir: string): Promise<BenchStack> {
  const port = await freePort()
  const widgetOrigin = `http://127.0.0.1:${port}`
  // A rate limit out of reach: the bench makes thousands of requests on one token, and a 429 would distort every
  // timing. The API-budget figure compares the counted requests against the real limit instead.
  const emulator = await startEmulator({
    port: 0,
    redirectUris: [`${widgetOrigin}/`],
    settings: { rateLimitPerMinute: 1_000_000 },
  })
  // vite.config.ts reads this on every /config.json request, so setting it after the config loaded is fine.
  process.env.EMULATOR_ORIGIN = emulator.origin
  const server: PreviewServer = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  })
  const executable = findChromium()
  const browser = await chromium.launch({
    ...(executable ? { executablePath: executable.path } : {}),
    args: [
      ...offlineChromiumArgs,
      // Ten framed instances and background tabs must not be throttled, or timings measure the throttle.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  })
  const contexts = new Map<LocalUser, BrowserContext>()
  return {
    outDir,
    widgetOrigin,
    emulator,
    browser,
    async signedInPage(user) {
      const context = contexts.get(user) ?? (await newBenchContext(browser))
      contexts.set(user, context)
      const page = await context.newPage()
      await signIn(page, widgetOrigin, emulator.origin, user)
      return page
    },
    async close() {
      await browser.close()
      await server.close()
      await emulator.close()
    },
  }
}
