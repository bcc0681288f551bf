import { createCall } from '../lib/admin.ts'
import type { BenchStack } from '../lib/stack.ts'
import { measurePanel } from '../../tests/e2e/support/panel-metrics.ts'

/** Issue 14: attribute rows an agent sees without scrolling in a 360 × 640 interaction panel. */
export interface PanelRowsCase {
  scheme: 'light' | 'dark'
  language: 'en' | 'de'
  rowsVisible: number
  /** The tallest single-line row, in CSS pixels (goal: at most 40). */
  rowHeight: number
}

const attributes: Record<string, string> = Object.fromEntries(
  Array.from({ length: 17 }, (_, index) => [
    `Attribute${String(index + 1).padStart(2, '0')}`,
    `Value ${index + 1}`,
  ]),
)

export async function measurePanelRows(stack: BenchStack): Promise<PanelRowsCase[]> {
  const call = await createCall(stack.emulator.origin, attributes)
  const page = await stack.signedInPage('agent@example.com')
  const cases: PanelRowsCase[] = []
  try {
    await page.setViewportSize({ width: 360, height: 640 })
    for (const scheme of ['light', 'dark'] as const) {
      for (const language of ['en', 'de'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        await page.goto(
          `${stack.widgetOrigin}/?gcConversationId=${call.conversationId}&gcLangTag=${language}`,
        )
        await page.getByRole('grid').waitFor()
        await page.locator('.live-status[data-status="live"]').waitFor()
        const metrics = await measurePanel(page)
        cases.push({
          scheme,
          language,
          rowsVisible: metrics.rowsVisible,
          rowHeight: metrics.singleLineRowMax,
        })
      }
    }
  } finally {
    await page.close()
  }
  return cases
}
