import type { CDPSession, Frame, Page } from '@playwright/test'
import { SEED } from '../../emulator/seed.ts'
import { startDesktopHost, type DesktopHost } from '../../tests/e2e/support/desktop-host.ts'
import { createCall, embeddedUrl, makeAttributes, openSockets, type CreatedCall } from '../lib/admin.ts'
import type { BenchStack } from '../lib/stack.ts'
import { figureOf, repeat, type Figure } from '../lib/stats.ts'
import { countApiRequests } from '../lib/widget-page.ts'

export interface InstancesRow {
  instances: number
  /** JS heap of the desktop page plus every renderer isolate its widget frames live in, after a full GC. */
  heapBytes: Figure
  /** API requests from loading the desktop until every frame shows its attributes and the sockets are up. */
  requests: Figure
  /** Until the last frame had its attributes in the DOM (desktop page clock). */
  allVisibleMs: Figure
  /** Renderer isolates that held widget frames (same-site frames share one). */
  isolates: number
  /** Notification channels made during the load (POST /notifications/channels); Genesys allows about 20 per user. */
  channelsMade: Figure
  /** Notification sockets the emulator held open for the user once every frame was live. */
  socketsOpen: Figure
}

async function heapOf(session: CDPSession): Promise<{ used: number; total: number }> {
  await session.send('HeapProfiler.collectGarbage')
  await session.send('Performance.enable')
  const { metrics } = await session.send('Performance.getMetrics')
  const pick = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0
  return { used: pick('JSHeapUsedSize'), total: pick('JSHeapTotalSize') }
}

/**
 * Sums the heap over isolates: the desktop page's, and the out-of-process frames'. Frames of one site share an
 * isolate (and report the same numbers), so identical readings are counted once.
 */
async function totalHeap(page: Page, frames: readonly Frame[]): Promise<{ bytes: number; isolates: number }> {
  const context = page.context()
  const pageSession = await context.newCDPSession(page)
  const readings = [await heapOf(pageSession)]
  await pageSession.detach()
  const seen = new Set<string>()
  for (const frame of frames) {
    let session: CDPSession
    try {
      session = await context.newCDPSession(frame)
    } catch {
      continue // an in-process frame: already in the page's isolate
    }
    const reading = await heapOf(session)
    await session.detach()
    const key = `${reading.used}/${reading.total}`
    if (seen.has(key)) continue
    seen.add(key)
    readings.push(reading)
  }
  return { bytes: readings.reduce((sum, reading) => sum + reading.used, 0), isolates: seen.size }
}

/**
 * The desktop page is served from the widget's own site (127.0.0.1, another port), not from `localhost` as in the
 * e2e desktop: in this Chromium a cross-site widget frame is denied sessionStorage ("Access is denied for this
 * document") and its sign-in popup ends in ERR_BLOCKED_BY_RESPONSE, so cross-site frames could not be signed in.
 * Same-site frames share the tab's sessionStorage, so one top-level sign-in serves all ten.
 */
function sameSiteDesktopUrl(host: DesktopHost, frames: Array<{ src: string; title: string }>): string {
  return host.pageUrl(frames, 360).replace('http://localhost:', 'http://127.0.0.1:')
}

export async function measureInstances(
  stack: BenchStack,
  counts: readonly number[],
  runs: number,
): Promise<InstancesRow[]> {
  const origin = stack.emulator.origin
  const host = await startDesktopHost()
  const page = await stack.signedInPage('agent@example.com')
  const context = page.context()
  try {
    // Wide enough for ten 360 px frames side by side: Chromium stops animation frames in off-screen frames.
    await page.setViewportSize({ width: 4000, height: 900 })
    const calls: CreatedCall[] = []
    for (let index = 0; index < Math.max(...counts); index += 1)
      calls.push(await createCall(origin, makeAttributes(50)))
    const src = (call: CreatedCall) => embeddedUrl(stack.widgetOrigin, call)

    const rows: InstancesRow[] = []
    for (const count of counts) {
      const frames = calls
        .slice(0, count)
        .map((call, index) => ({ src: src(call), title: `Widget ${index + 1}` }))
      const samples = await repeat(runs, async () => {
        const { result, requests } = await countApiRequests(context, origin, async () => {
          await page.goto(sameSiteDesktopUrl(host, frames), { waitUntil: 'commit' })
          const start = Date.now()
          const widgetFrames = () =>
            page.frames().filter((frame) => frame.url().startsWith(stack.widgetOrigin))
          let painted: number[] = []
          while (Date.now() - start < 30_000) {
            const current = widgetFrames()
            painted = await Promise.all(
              current.map((frame) =>
                frame.evaluate(() => window.__bench?.visibleAt ?? null).catch(() => null),
              ),
            ).then((values) => values.filter((value): value is number => value !== null))
            if (current.length === count && painted.length === count) break
            await page.waitForTimeout(50)
          }
          if (painted.length !== count)
            throw new Error(`only ${painted.length} of ${count} widget frames showed attributes`)
          for (const frame of widgetFrames())
            await frame.locator('.live-status[data-status="live"]').waitFor({ timeout: 15_000 })
          await page.waitForTimeout(500)
          // Frame clocks start at each frame's own navigation; the desktop's navigation precedes them all, so the
          // latest frame paint is measured against the desktop page's clock through the shared wall clock.
          const lastPaintWall = Math.max(
            ...(await Promise.all(
              widgetFrames().map((frame) =>
                frame.evaluate(() => performance.timeOrigin + (window.__bench?.visibleAt ?? 0)),
              ),
            )),
          )
          const desktopOrigin = await page.evaluate(() => performance.timeOrigin)
          const heap = await totalHeap(page, widgetFrames())
          const sockets = await openSockets(origin, SEED.users.agent.id)
          return { heap, sockets, allVisibleMs: lastPaintWall - desktopOrigin }
        })
        const channelsMade = requests.filter(
          (request) => request.method === 'POST' && request.path === '/api/v2/notifications/channels',
        ).length
        return { ...result, requests: requests.length, channelsMade }
      })
      rows.push({
        instances: count,
        heapBytes: figureOf(samples, (s) => s.heap.bytes),
        requests: figureOf(samples, (s) => s.requests),
        allVisibleMs: figureOf(samples, (s) => s.allVisibleMs),
        isolates: samples[0]?.heap.isolates ?? 0,
        channelsMade: figureOf(samples, (s) => s.channelsMade),
        socketsOpen: figureOf(samples, (s) => s.sockets),
      })
    }
    return rows
  } finally {
    await page.close()
    await host.close()
  }
}
