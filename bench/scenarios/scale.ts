import { createCall, embeddedUrl, makeAttributes } from '../lib/admin.ts'
import { inPage, setInputTimedSource } from '../lib/in-page.ts'
import type { BenchStack } from '../lib/stack.ts'
import { figureOf, repeat, summarize, type Figure } from '../lib/stats.ts'
import { loadAndMeasure, usedHeapBytes } from '../lib/widget-page.ts'

export interface ScaleRow {
  attributes: number
  /** Navigation to the frame that paints the first attribute. */
  loadMs: Figure
  /** Answer of GET /conversations/{id} to the painted table: the widget's own render cost. */
  firstRenderMs: Figure
  /** keydown (hardware timestamp) in one value cell to the frame after React handled it. */
  keystrokeMs: Figure
  /** One input event in "Filter attributes" (10 matches) to the frame showing the filtered rows. */
  filterMs: Figure
  heapBytes: Figure
  /** Rows in the DOM (virtualization keeps this flat). */
  domRows: number
}

export const filterQuery = 'Attr001'

export async function measureScale(
  stack: BenchStack,
  sizes: readonly number[],
  { runs, keysPerRun, warmUp }: { runs: number; keysPerRun: number; warmUp: boolean },
): Promise<ScaleRow[]> {
  const page = await stack.signedInPage('agent@example.com')
  try {
    const rows: ScaleRow[] = []
    for (const size of sizes) {
      const call = await createCall(stack.emulator.origin, makeAttributes(size))
      const url = embeddedUrl(stack.widgetOrigin, call)
      if (warmUp) await loadAndMeasure(page, url, stack.emulator.origin)
      let domRows = 0
      const samples = await repeat(runs, async () => {
        const load = await loadAndMeasure(page, url, stack.emulator.origin)
        await page.getByRole('textbox', { name: 'Value of Attr0001', exact: true }).waitFor()
        domRows = await page.locator('[role="row"][data-index]').count()
        const heap = await usedHeapBytes(page)

        const cell = page.getByRole('textbox', { name: 'Value of Attr0001', exact: true })
        await cell.click()
        await page.evaluate('window.__bench.keyLatencies = []; window.__bench.recordKeys = true')
        for (const key of 'abcdefghij'.slice(0, keysPerRun)) {
          await page.keyboard.press(key)
          await page.waitForTimeout(40)
        }
        await page.waitForFunction((count) => (window.__bench?.keyLatencies.length ?? 0) >= count, keysPerRun)
        const keys = await inPage<number[]>(
          page,
          `() => { window.__bench.recordKeys = false; return window.__bench.keyLatencies }`,
        )
        await page.keyboard.press('Escape')

        await page.getByLabel('Filter attributes', { exact: true }).focus()
        const filterMs = await inPage<number>(page, setInputTimedSource, filterQuery)
        const shown = await page.locator('[role="row"][data-index]').count()
        if (shown !== 10) throw new Error(`filter "${filterQuery}" showed ${shown} rows, expected 10`)
        await inPage(page, setInputTimedSource, '')
        return { load, heap, keys, filterMs }
      })
      rows.push({
        attributes: size,
        loadMs: figureOf(samples, (s) => s.load.paintedMs),
        firstRenderMs: figureOf(samples, (s) => s.load.renderMs),
        keystrokeMs: summarize(samples.flatMap((s) => s.keys)),
        filterMs: figureOf(samples, (s) => s.filterMs),
        heapBytes: figureOf(samples, (s) => s.heap),
        domRows,
      })
    }
    return rows
  } finally {
    await page.close()
  }
}
