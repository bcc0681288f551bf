import type { Locator, Page, Route } from '@playwright/test'

/**
 * Holds back the web fonts (the self-hosted woff2 files) until release(), so a test sees the page drawn with the
 * stand-in faces first and then the swap, every time, instead of racing a local server that answers in a few ms.
 */
export async function holdWebFonts(page: Page): Promise<{ held: () => number; release: () => void }> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  const held: Route[] = []
  await page.route('**/*.woff2', async (route) => {
    held.push(route)
    await released
    await route.continue()
  })
  return { held: () => held.length, release }
}

export interface LayoutShift {
  value: number
  moved: string[]
}

/**
 * Records the page's layout shifts (the entries Cumulative Layout Shift adds up, without those right after input)
 * from navigation on. Chromium reports a shift only when an element's start moves by 3 px or more.
 */
export async function recordLayoutShifts(page: Page): Promise<{
  clear: () => Promise<void>
  take: () => Promise<LayoutShift[]>
}> {
  await page.addInitScript(() => {
    interface ShiftEntry extends PerformanceEntry {
      value: number
      hadRecentInput: boolean
      sources: { node?: Node | null }[]
    }
    const shifts: LayoutShift[] = []
    const keep = (entries: PerformanceEntryList) => {
      for (const entry of entries as ShiftEntry[]) {
        if (entry.hadRecentInput) continue
        const moved = entry.sources.map((source) =>
          `${source.node?.nodeName ?? '?'} "${source.node?.textContent ?? ''}"`.slice(0, 80),
        )
        shifts.push({ value: entry.value, moved })
      }
    }
    const observer = new PerformanceObserver((list) => keep(list.getEntries()))
    observer.observe({ type: 'layout-shift', buffered: true })
    Object.assign(window, {
      __layoutShifts: {
        clear: () => void (observer.takeRecords(), shifts.splice(0)),
        take: () => (keep(observer.takeRecords()), shifts.splice(0)),
      },
    })
  })
  type Recorder = { __layoutShifts: { clear: () => void; take: () => LayoutShift[] } }
  return {
    clear: () => page.evaluate(() => (window as unknown as Recorder).__layoutShifts.clear()),
    take: () => page.evaluate(() => (window as unknown as Recorder).__layoutShifts.take()),
  }
}

/** Resolves once every font load has settled and two frames have been laid out and painted since. */
export async function fontsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve))
  })
}

/** The fonts the browser actually drew an element's text with, by family name (Chromium's DevTools protocol). */
export async function fontsDrawing(page: Page, element: Locator): Promise<string[]> {
  const probe = 'data-font-probe'
  await element.evaluate((node, name) => node.setAttribute(name, ''), probe)
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument')
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[${probe}]` })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts.map((font) => font.familyName)
  } finally {
    await cdp.detach()
    await element.evaluate((node, name) => node.removeAttribute(name), probe)
  }
}
