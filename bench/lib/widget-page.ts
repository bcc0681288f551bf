import type { Browser, BrowserContext, Page, Request } from '@playwright/test'

declare global {
  interface Window {
    __bench?: {
      /** performance.now() when the first attribute value editor was in the DOM (mutation observer, pre-paint). */
      visibleAt: number | null
      /** The animation frame after that: the frame that paints it. */
      paintedAt: number | null
      keyLatencies: number[]
      recordKeys: boolean
    }
  }
}

export const tableSelector = '[role="grid"][aria-label="Participant attributes"]'

/**
 * Installed before any page script: notes when the attributes table first shows a value, and (when asked) the time
 * from each keydown's hardware timestamp to the frame after it was handled (rAF, then a task: after paint).
 * Plain source text, because tsx would wrap a compiled function in helpers that do not exist in the page.
 */
const probe = `(() => {
  // Placeholder rows drawn while the virtualizer's chunk loads are inert: only an editable value counts as shown.
  const selector = ${JSON.stringify(`${tableSelector} textarea:not([inert] textarea)`)}
  const state = { visibleAt: null, paintedAt: null, keyLatencies: [], recordKeys: false }
  window.__bench = state
  const check = () => {
    if (state.visibleAt !== null || !document.querySelector(selector)) return
    state.visibleAt = performance.now()
    requestAnimationFrame(() => { state.paintedAt = performance.now() })
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true })
  window.addEventListener('keydown', (event) => {
    if (!state.recordKeys) return
    const start = event.timeStamp
    requestAnimationFrame(() => setTimeout(() => state.keyLatencies.push(performance.now() - start), 0))
  }, true)
})()`

export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'en-US' })
  await context.addInitScript({ content: probe })
  return context
}

export type LocalUser = 'agent@example.com' | 'agent2@example.com' | 'supervisor@example.com'

/**
 * A real sign-in through the emulator's login page (or straight back with its login cookie); the token then lives
 * in this tab's sessionStorage.
 */
export async function signIn(
  page: Page,
  widgetOrigin: string,
  emulatorOrigin: string,
  user: LocalUser,
  query = '',
): Promise<void> {
  await page.goto(`${widgetOrigin}/${query}`)
  try {
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    // With the emulator's login cookie from an earlier tab, the authorize request comes straight back.
    const loginChoice = page.getByLabel(user, { exact: false })
    const signedIn = page.getByRole('button', { name: 'Sign out' })
    await loginChoice.or(signedIn).first().waitFor({ timeout: 15_000 })
    if (page.url().startsWith(emulatorOrigin)) {
      await loginChoice.check()
      await page.getByRole('button', { name: 'Sign in', exact: true }).click()
      await page.waitForURL((url) => url.origin === widgetOrigin)
    }
    await signedIn.waitFor({ timeout: 15_000 })
  } catch (error) {
    const shown = await page
      .locator('body')
      .innerText()
      .catch(() => '')
    throw new Error(`sign-in as ${user} failed at ${page.url()}; the page said: ${shown.slice(0, 600)}`, {
      cause: error,
    })
  }
}

export interface ApiCall {
  path: string
  start: number
  end: number
}

export interface LoadMeasurement {
  /** Navigation start to the frame that paints the first attribute. */
  paintedMs: number
  /** API requests the page started before the attributes were painted. */
  callsBeforeVisible: ApiCall[]
  /** The longest chain of back-to-back API round trips that ended before the attributes showed. */
  criticalChain: ApiCall[]
  /** Response end of the request that delivered the attributes to the paint: render time of the table. */
  renderMs: number
  /** The widget's own scripts (e.g. assets/index-….js) requested before the attributes showed, lazy chunks included. */
  scriptsBeforeVisible: string[]
}

/**
 * The requests whose answer carries the attributes: GET /api/v2/conversations/{id}, or the active listing
 * GET /api/v2/conversations, which holds each conversation with its participants and seeds the detail.
 */
const detailPath = /^\/api\/v2\/conversations(\/[^/]+)?$/

/**
 * Walks back from the paint: the last conversation read that ended before it, then each time the last response that
 * ended before that request began. Its length is the number of API round trips the user waited through.
 */
export function criticalChain(calls: readonly ApiCall[], until: number): ApiCall[] {
  const latestBefore = (limit: number, accept: (call: ApiCall) => boolean) =>
    calls.filter((call) => call.end <= limit && accept(call)).sort((a, b) => b.end - a.end)[0]
  const chain: ApiCall[] = []
  let next = latestBefore(until, (call) => detailPath.test(call.path))
  while (next) {
    chain.push(next)
    next = latestBefore(next.start, () => true)
  }
  return chain.reverse()
}

/** Navigates and waits for the attributes to be painted; every time is in the page's own clock. */
export async function loadAndMeasure(
  page: Page,
  url: string,
  emulatorOrigin: string,
): Promise<LoadMeasurement> {
  await page.goto(url, { waitUntil: 'commit' })
  try {
    // A function, not source text: the widget's CSP forbids eval, which string predicates need.
    await page.waitForFunction(() => window.__bench?.paintedAt != null, undefined, {
      timeout: 30_000,
      polling: 50,
    })
  } catch (error) {
    const shown = await page
      .locator('body')
      .innerText()
      .catch(() => '')
    throw new Error(`attributes never showed at ${url}; the page said: ${shown.slice(0, 600)}`, {
      cause: error,
    })
  }
  const raw = await page.evaluate((origin) => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    return {
      paintedAt: window.__bench?.paintedAt ?? 0,
      visibleAt: window.__bench?.visibleAt ?? 0,
      scripts: entries
        .filter(
          (entry) =>
            entry.name.startsWith(`${location.origin}/assets/`) &&
            entry.name.endsWith('.js') &&
            entry.startTime <= (window.__bench?.visibleAt ?? 0),
        )
        .map((entry) => new URL(entry.name).pathname.slice(1)),
      calls: entries
        .filter((entry) => entry.name.startsWith(`${origin}/api/`))
        .map((entry) => ({
          path: new URL(entry.name).pathname,
          start: entry.startTime,
          end: entry.responseEnd,
        })),
    }
  }, emulatorOrigin)
  const before = raw.calls.filter((call) => call.start <= raw.visibleAt)
  const chain = criticalChain(before, raw.visibleAt)
  const last = chain[chain.length - 1]
  return {
    paintedMs: raw.paintedAt,
    callsBeforeVisible: before,
    criticalChain: chain,
    renderMs: last ? raw.paintedAt - last.end : raw.paintedAt,
    scriptsBeforeVisible: raw.scripts,
  }
}

export interface CountedRequest {
  method: string
  path: string
  bodyBytes: number
  /** When the browser issued it, from the start of the counted work (Node's clock). */
  atMs: number
}

/** Counts requests to the emulator's API (not admin, not the widget's own origin) while `work` runs. */
export async function countApiRequests<T>(
  target: Page | BrowserContext,
  emulatorOrigin: string,
  work: () => Promise<T>,
): Promise<{ result: T; requests: CountedRequest[] }> {
  const requests: CountedRequest[] = []
  const started = performance.now()
  const listener = (request: Request) => {
    const url = request.url()
    if (!url.startsWith(`${emulatorOrigin}/api/`)) return
    requests.push({
      method: request.method(),
      path: new URL(url).pathname,
      bodyBytes: request.postDataBuffer()?.length ?? 0,
      atMs: performance.now() - started,
    })
  }
  target.on('request', listener)
  try {
    const result = await work()
    return { result, requests }
  } finally {
    target.off('request', listener)
  }
}

/** JS heap of the page's main isolate after a full garbage collection (Chrome DevTools Protocol). */
export async function usedHeapBytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)
  try {
    await session.send('HeapProfiler.collectGarbage')
    await session.send('Performance.enable')
    const { metrics } = await session.send('Performance.getMetrics')
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0
  } finally {
    await session.detach()
  }
}
