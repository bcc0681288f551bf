import {
  apiWrites,
  countChannels,
  createCall,
  embeddedUrl,
  endCall,
  makeAttributes,
  writeAsFlow,
} from '../lib/admin.ts'
import type { Page } from '@playwright/test'
import type { BenchStack } from '../lib/stack.ts'
import { summarize, type Figure } from '../lib/stats.ts'
import { countApiRequests, loadAndMeasure, type CountedRequest } from '../lib/widget-page.ts'

export interface ApiBudgetResult {
  conversations: number
  /** API requests of one handled conversation: widget opened, two flow writes shown, one commit, call ended. */
  perConversation: Figure
  /** Request kinds over all conversations, e.g. {"GET /api/v2/conversations/{id}": 60}. */
  byEndpoint: Record<string, number>
  /** Requests per minute of a widget left open on a live call with nothing happening. */
  idlePerMinute: number
  idleObservedMs: number
  /** 30 conversations in an hour, each widget open ~2 minutes (idle traffic included). */
  perHour: number
  /** Mean requests per minute over that hour, and the platform limit (per user and OAuth client). */
  perMinuteMean: number
  limitPerMinute: number
  /** Notification channels the emulator holds for the user at the end: Genesys allows 20 per user and app. */
  channelsCreated: number
}

const idPattern = /[0-9a-f]{8}-[0-9a-f-]{27}/g
export const rateLimitPerMinute = 300
/** How long an agent keeps a conversation's widget open in the simulated hour (30 calls of two minutes). */
const minutesOpenPerConversation = 2

async function waitForValue(page: Page, name: string, value: string) {
  await page.waitForFunction(
    ([label, expected]) =>
      document.querySelector<HTMLTextAreaElement>(`textarea[aria-label="${label}"]`)?.value === expected,
    [`Value of ${name}`, value] as const,
    { timeout: 15_000 },
  )
}

/**
 * Faster than real time: every conversation as an agent handles it, back to back, counting what the browser sends
 * to the API. Idle traffic (polls, renewals) is measured separately and added per minute of open widget.
 */
export async function measureApiBudget(
  stack: BenchStack,
  { conversations, idleMs }: { conversations: number; idleMs: number },
): Promise<ApiBudgetResult> {
  const origin = stack.emulator.origin
  const page = await stack.signedInPage('agent@example.com')
  try {
    await page.locator('.live-status[data-status="live"]').waitFor({ timeout: 15_000 })
    const channelsBefore = await countChannels(origin)
    const perConversation: number[] = []
    const all: CountedRequest[] = []
    for (let index = 0; index < conversations; index += 1) {
      const call = await createCall(origin, makeAttributes(20))
      const { requests } = await countApiRequests(page, origin, async () => {
        await loadAndMeasure(page, embeddedUrl(stack.widgetOrigin, call), origin)
        await page.locator('.live-status[data-status="live"]').waitFor({ timeout: 15_000 })
        for (const step of ['identified', 'verified']) {
          await writeAsFlow(origin, call, { Attr0005: step })
          await waitForValue(page, 'Attr0005', step)
        }
        const cell = page.getByRole('textbox', { name: 'Value of Attr0000', exact: true })
        await cell.fill(`corrected ${index}`)
        await cell.press('Enter')
        await page.getByRole('button', { name: 'Commit', exact: true }).click()
        for (let waited = 0; waited < 15_000; waited += 50) {
          const writes = await apiWrites(origin, call)
          if (writes.length > 0 && writes.every((write) => write.appliedAt !== null)) break
          await page.waitForTimeout(50)
        }
        await page
          .locator('[role="row"][data-status="saving"], [role="row"][data-status="confirming"]')
          .first()
          .waitFor({ state: 'detached', timeout: 15_000 })
        await endCall(origin, call)
        await page.locator('.badge--ended').waitFor({ timeout: 15_000 })
        await page.waitForTimeout(300)
      })
      perConversation.push(requests.length)
      all.push(...requests)
    }
    const channelsCreated = (await countChannels(origin)) - channelsBefore

    const idleCall = await createCall(origin, makeAttributes(20))
    await loadAndMeasure(page, embeddedUrl(stack.widgetOrigin, idleCall), origin)
    await page.locator('.live-status[data-status="live"]').waitFor({ timeout: 15_000 })
    const { requests: idle } = await countApiRequests(page, origin, () => page.waitForTimeout(idleMs))
    const idlePerMinute = (idle.length / idleMs) * 60_000

    const byEndpoint: Record<string, number> = {}
    for (const request of all) {
      const key = `${request.method} ${request.path.replace(idPattern, '{id}')}`
      byEndpoint[key] = (byEndpoint[key] ?? 0) + 1
    }
    const figure = summarize(perConversation)
    const perHour = 30 * (figure.median + idlePerMinute * minutesOpenPerConversation)
    return {
      conversations,
      perConversation: figure,
      byEndpoint,
      idlePerMinute,
      idleObservedMs: idleMs,
      perHour,
      perMinuteMean: perHour / 60,
      limitPerMinute: rateLimitPerMinute,
      channelsCreated,
    }
  } finally {
    await page.close()
  }
}
