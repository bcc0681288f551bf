import { expect, test, type CDPSession, type Page } from '@playwright/test'
import { SEED, emulatorOrigin } from './support/emulator-admin.ts'
import { signInThroughLoginPage } from './support/sign-in.ts'

/*
 * Decision 0030: a frame opened with gcConversationId starts its conversation read from index.html, while the
 * app's script is still downloading, and the app uses that answer instead of sending its own. Proved on a slow
 * link (Chromium's network emulation), where the difference is a round trip: the read starts before the entry
 * script has arrived, and the app sends no read of its own before the attributes show.
 */
const conversation = SEED.conversations.liveCall
const conversationPath = `/api/v2/conversations/${conversation.id}`

async function slowLink(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 100,
    downloadThroughput: 1_600_000 / 8,
    uploadThroughput: 1_600_000 / 8,
  })
  return cdp
}

/** The conversation reads and the entry script's arrival, in the page's own clock, as the attributes show. */
async function loadTimeline(page: Page) {
  await expect(page.getByRole('textbox', { name: 'Value of CustomerName', exact: true })).toBeVisible({
    timeout: 20_000,
  })
  return page.evaluate((path) => {
    const shownAt = performance.now()
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    const entry = entries.find((item) => /\/assets\/index-[^/]+\.js$/.test(item.name))
    return {
      shownAt,
      entryScriptArrived: entry?.responseEnd ?? Number.NaN,
      reads: entries.filter((item) => new URL(item.name).pathname === path).map((item) => item.startTime),
    }
  }, conversationPath)
}

test('a frame with gcConversationId reads the conversation before the app’s script has arrived, and only once', async ({
  page,
  request,
}) => {
  test.slow()
  await request.post(`${emulatorOrigin}/__admin/reset`)
  await page.goto(`/?gcConversationId=${conversation.id}`)
  await signInThroughLoginPage(page, 'agent@example.com')
  await expect(page.getByRole('textbox', { name: 'Value of CustomerName', exact: true })).toBeVisible()

  // A new interaction frame of the same tab: the token and the hint are in sessionStorage.
  const cdp = await slowLink(page)
  await page.goto(`/?gcConversationId=${conversation.id}`)
  const early = await loadTimeline(page)
  expect(early.reads.length).toBeGreaterThanOrEqual(1)
  expect(early.reads[0]).toBeLessThan(early.entryScriptArrived)
  // The app took the early answer: no read of its own between its script's arrival and the attributes showing.
  expect(early.reads.filter((start) => start < early.shownAt)).toHaveLength(1)

  // Control: without the hint the same load reads only once the script has run, a round trip later.
  await page.evaluate(() => sessionStorage.removeItem('pdw.early-read.hint'))
  await page.goto(`/?gcConversationId=${conversation.id}`)
  const late = await loadTimeline(page)
  expect(late.reads.filter((start) => start < late.shownAt)).toHaveLength(1)
  expect(late.reads[0]).toBeGreaterThan(late.entryScriptArrived)
  await cdp.detach()
})

test('after sign-out nothing is read early: no token, no request', async ({ page, request }) => {
  await request.post(`${emulatorOrigin}/__admin/reset`)
  await page.goto(`/?gcConversationId=${conversation.id}`)
  await signInThroughLoginPage(page, 'agent@example.com')
  await expect(page.getByRole('textbox', { name: 'Value of CustomerName', exact: true })).toBeVisible()
  const apiRequests: string[] = []
  page.on('request', (sent) => {
    if (sent.url().startsWith(emulatorOrigin)) apiRequests.push(new URL(sent.url()).pathname)
  })

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible()
  apiRequests.length = 0
  await page.goto(`/?gcConversationId=${conversation.id}`)
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible()
  expect(
    await page.evaluate(() => (window as unknown as Record<string, unknown>).__pdwEarlyRead === undefined),
  ).toBe(true)
  expect(apiRequests.filter((path) => path.startsWith('/api/'))).toEqual([])
})
