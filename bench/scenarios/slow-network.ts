import { copyFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { build } from 'vite'
import { SEED } from '../../emulator/seed.ts'
import type { BenchStack } from '../lib/stack.ts'
import { figureOf, repeat, type Figure } from '../lib/stats.ts'
import { loadAndMeasure } from '../lib/widget-page.ts'

/** The link Chromium emulates: a slow mobile or a busy home connection. */
export const slowLink = { rttMs: 150, bitsPerSecond: 1_600_000 } as const

/** How long the link is left idle between runs (a bench pause between measurements, not part of any figure). */
const quietLinkMs = 1_500

export interface SlowNetworkPage {
  /** Navigation to the attributes painted, with a cold cache, through the emulated link. */
  paintedMs: Figure
  /** The same bytes and round trips at the speed of light, for the chain the page used: see physicalLimitMs. */
  limitMs: number
  ratio: number
  /**
   * How the page reached its data in the median run: `early-read` when the API read started before the entry
   * script had arrived (index.html starts it, decision 0030), so it runs beside the scripts instead of after them.
   */
  chain: Chain
  /** The limit for HTML → scripts → API → paint (three round trips), the chain issue 14 measured against. */
  sequentialLimitMs: number
  /** Bytes on the wire of the median run, by stage. */
  bytes: { html: number; parallel: number; api: number }
}

export interface SlowNetworkResult {
  link: typeof slowLink
  widget: SlowNetworkPage
  sdk: SlowNetworkPage | null
}

interface Transfer {
  html: number
  /** Everything the page fetched from its own origin before the API: scripts, stylesheets, config.json. */
  parallel: number
  api: number
}

export type Chain = 'sequential' | 'early-read'

/**
 * The floor for a page that needs HTML, then its scripts, styles and config together, then one API read, then a
 * paint: three round trips, plus every byte once through the link (parallel requests share it). When the read is
 * started by the HTML (`early-read`: HTML → a small script → the API, beside the other scripts), the floor is the
 * HTML's round trip, then the longer of the scripts' round trip and the read's two, plus every byte once.
 */
export function physicalLimitMs(
  bytes: Transfer,
  link: { rttMs: number; bitsPerSecond: number } = slowLink,
  chain: Chain = 'sequential',
): number {
  const send = (count: number) => (count * 8 * 1000) / link.bitsPerSecond
  const allBytes = send(bytes.html) + send(bytes.parallel) + send(bytes.api)
  if (chain === 'sequential') return 3 * link.rttMs + allBytes
  return (
    link.rttMs +
    Math.max(link.rttMs + send(bytes.parallel), 2 * link.rttMs) +
    send(bytes.html) +
    send(bytes.api)
  )
}

/** Whether the first API read started before the entry script (the largest own-origin script) had arrived. */
async function chainOf(page: Page, apiOrigin: string): Promise<Chain> {
  const early = await page.evaluate((api) => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    const scripts = resources.filter(
      (entry) => entry.name.startsWith(location.origin) && entry.name.endsWith('.js'),
    )
    const entryScript = scripts.sort((a, b) => b.encodedBodySize - a.encodedBodySize)[0]
    const firstRead = resources.find((entry) => entry.name.startsWith(`${api}/api/v2/conversations`))
    return (
      entryScript !== undefined && firstRead !== undefined && firstRead.startTime < entryScript.responseEnd
    )
  }, apiOrigin)
  return early ? 'early-read' : 'sequential'
}

async function transferSizes(page: Page, apiOrigin: string): Promise<Transfer> {
  return page.evaluate((api) => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    const visibleAt = window.__bench?.visibleAt ?? Number.POSITIVE_INFINITY
    // No named helpers in here: tsx would wrap them in a __name() call that does not exist in the page.
    const totals = { html: navigation?.transferSize ?? 0, parallel: 0, api: 0 }
    for (const entry of resources) {
      if (entry.startTime > visibleAt) continue
      const bytes = entry.transferSize || entry.encodedBodySize
      if (entry.name.startsWith(location.origin)) totals.parallel += bytes
      else if (entry.name.startsWith(api)) totals.api += bytes
    }
    return totals
  }, apiOrigin)
}

async function measurePage(
  page: Page,
  url: string,
  apiOrigin: string,
  runs: number,
): Promise<SlowNetworkPage> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  // A cold start every run: the desktop opens a new frame per interaction, often after a deploy or a cache purge.
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: slowLink.rttMs,
    downloadThroughput: slowLink.bitsPerSecond / 8,
    uploadThroughput: slowLink.bitsPerSecond / 8,
  })
  try {
    const samples = await repeat(runs, async () => {
      // Each run starts on a quiet link, as a new interaction frame does: the previous run's page keeps working
      // after its paint (users/me, the notification channel, lazy chunks) and, left to run, its tail would sit in
      // front of this run's HTML on the emulated link.
      await page.goto('about:blank')
      await page.waitForTimeout(quietLinkMs)
      const measurement = await loadAndMeasure(page, url, apiOrigin)
      return {
        paintedMs: measurement.paintedMs,
        bytes: await transferSizes(page, apiOrigin),
        chain: await chainOf(page, apiOrigin),
      }
    })
    const median = [...samples].sort((a, b) => a.paintedMs - b.paintedMs)[Math.floor(samples.length / 2)]
    const bytes = median?.bytes ?? { html: 0, parallel: 0, api: 0 }
    const chain = median?.chain ?? 'sequential'
    const paintedMs = figureOf(samples, (sample) => sample.paintedMs)
    // Judged against the floor of the chain the page used: an early read must not earn a laxer limit.
    const limitMs = physicalLimitMs(bytes, slowLink, chain)
    const sequentialLimitMs = physicalLimitMs(bytes, slowLink, 'sequential')
    return { paintedMs, limitMs, ratio: paintedMs.median / limitMs, bytes, chain, sequentialLimitMs }
  } finally {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
    await cdp.detach()
  }
}

/**
 * Navigation to the attributes painted on the production build, through Chromium's network emulation, beside the
 * physical limit for the same bytes. The SDK-based equivalent (bench/baselines/sdk-page.ts) is built into the
 * preview's directory so it runs on the same origin, link and emulator.
 */
export async function measureSlowNetwork(
  stack: BenchStack,
  { runs, sdk }: { runs: number; sdk: boolean },
): Promise<SlowNetworkResult> {
  const conversationId = SEED.conversations.agent2Call.id
  const page = await stack.signedInPage('agent2@example.com')
  try {
    const widget = await measurePage(
      page,
      `${stack.widgetOrigin}/?gcConversationId=${conversationId}&gcLangTag=en-us`,
      stack.emulator.origin,
      runs,
    )
    let sdkFigure: SlowNetworkPage | null = null
    if (sdk) {
      await build({
        configFile: false,
        logLevel: 'error',
        root: process.cwd(),
        base: '/sdk-page/',
        build: {
          outDir: join(stack.outDir, 'sdk-page'),
          emptyOutDir: true,
          target: 'es2022',
          chunkSizeWarningLimit: 100_000,
          rollupOptions: { input: resolve('bench/baselines/sdk-page.html') },
        },
      })
      copyFileSync(
        resolve('node_modules/purecloud-platform-client-v2/dist/web-cjs/purecloud-platform-client-v2.min.js'),
        join(stack.outDir, 'sdk-page', 'platform-client.js'),
      )
      const query = new URLSearchParams({ conversationId, api: stack.emulator.origin })
      sdkFigure = await measurePage(
        page,
        `${stack.widgetOrigin}/sdk-page/bench/baselines/sdk-page.html?${query}`,
        stack.emulator.origin,
        runs,
      )
    }
    return { link: slowLink, widget, sdk: sdkFigure }
  } finally {
    await page.close()
  }
}
