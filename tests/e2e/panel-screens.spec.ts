import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { emulatorAdmin, emulatorOrigin } from './support/emulator-admin.ts'
import { editor } from './support/editor.ts'
import { measurePanel } from './support/panel-metrics.ts'

/*
 * Every screen of the redesigned panel (issue 14) as docs/screenshots/panel-<screen>-<scheme>-<width>.png: what an
 * agent sees at 360 × 640 (the interaction panel) and at 1280 × 800, light and dark, each checked by axe.
 */
const dir = 'docs/screenshots'
mkdirSync(dir, { recursive: true })

const customerAttributes = {
  CustomerName: 'Maria Schneider',
  AccountNumber: '4410-2291-77',
  'CRM.ContactId': '003Dn00000QxYz1IAF',
  'CRM.Owner': 'Alex Morgan',
  VerificationStatus: 'Verified',
  IntentDetected: 'BillingDispute',
  LoyaltyTier: 'Gold',
  LanguagePreference: 'en-US',
  CallbackNumber: '+49 30 1234 5678',
  QueuePriority: '5',
  'Order.LastOrder': '{"orderId":"A-100482","total":"129.90","currency":"USD","items":3}',
  CustomerProfileUrl: 'https://crm.example.com/contacts/003Dn00000QxYz1IAF?tab=history',
  AgentNotes: 'Prefers email follow-up',
  SentimentScore: '0.4',
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/** Both widths of one screen; `prepare` runs again after each resize (e.g. to reopen a menu). */
async function shootBoth(page: Page, screen: string, scheme: string, prepare?: () => Promise<void>) {
  for (const [width, height] of [
    [360, 640],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height })
    await prepare?.()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${dir}/panel-${screen}-${scheme}-${width}.png` })
  }
  await page.setViewportSize({ width: 360, height: 640 })
}

async function signIn(page: Page, query: string, signInLabel = 'Sign in') {
  await page.goto(`/?${query}`)
  await page.getByRole('button', { name: signInLabel, exact: true }).click()
  await page.waitForURL((url) => url.origin === emulatorOrigin)
  await page.getByLabel('agent@example.com', { exact: false }).check()
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => url.origin !== emulatorOrigin)
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every panel screen, ${scheme}`, async ({ page, request }) => {
    // Eight screens, two widths, an axe run each: minutes on a shared 2-core machine.
    test.setTimeout(360_000)
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 360, height: 640 })
    const admin = emulatorAdmin(request)
    const { conversation, customerId } = await admin.createCall({ customerAttributes })
    await signIn(page, `gcConversationId=${conversation.id}`)
    const ui = editor(page)
    await expect(page.getByText('Live', { exact: true })).toBeVisible()
    const rows = await measurePanel(page)
    test
      .info()
      .annotations.push({ type: 'rows an agent sees at 360 × 640', description: String(rows.rowsVisible) })
    await shootBoth(page, 'editor', scheme)

    // Editing: a draft typed into the focused cell.
    await ui.cellOf('LoyaltyTier').focus()
    await page.keyboard.type('Platinum')
    await shootBoth(page, 'editing', scheme, async () => {
      await ui.valueOf('LoyaltyTier').focus()
    })
    await page.keyboard.press('Enter')
    await ui.edit('IntentDetected', 'PaymentArrangement')

    // Conflict: a flow writes the value the agent has staged.
    await admin.writeAsFlow(conversation.id, customerId, { IntentDetected: 'Cancellation' })
    await expect(page.getByRole('button', { name: 'Keep mine for IntentDetected' })).toBeVisible()
    await shootBoth(page, 'conflict', scheme, async () => {
      await ui.cellOf('IntentDetected').scrollIntoViewIfNeeded()
    })
    await page.getByRole('button', { name: 'Keep mine for IntentDetected' }).click()

    // Review, then commit: "Saved ✓".
    const dialog = await ui.review()
    await expect(dialog).toBeVisible()
    await shootBoth(page, 'review', scheme)
    await dialog.getByRole('button', { name: 'Commit', exact: true }).click()
    await expect(page.getByText(/^Saved ✓/)).toBeVisible()
    await shootBoth(page, 'saved', scheme, async () => {
      await page.evaluate(() => window.scrollTo(0, 0))
      // The note fades from 4.2 s and goes at 6 s; under load both widths' axe checks and screenshots take longer
      // (seen: a colour-contrast failure on the half-faded note). The pointer on it holds it, as for an agent.
      await page.getByText(/^Saved ✓/).hover()
    })

    // An error in plain words, the request details behind "Details".
    await admin.fault({
      target: 'http',
      method: 'PATCH',
      path: '/api/v2/conversations/*/participants/*/attributes',
      times: 1,
      fault: { type: 'status', status: 403 },
    })
    await ui.edit('QueuePriority', '1')
    await ui.commit()
    await expect(page.getByText(/do not have permission/)).toBeVisible()
    await shootBoth(page, 'error', scheme)

    // A row's actions menu.
    await shootBoth(page, 'row-menu', scheme, async () => {
      const button = page.getByRole('button', { name: 'Actions for CallbackNumber', exact: true })
      if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
      await expect(page.getByRole('menu')).toBeVisible()
    })
    await page.keyboard.press('Escape')

    // The supervisor's tools (bulk corrections, export, audit), opened from "Tools" in the sticky bar while far
    // down the grid: they open above the table and are scrolled to, below the bar.
    await shootBoth(page, 'tools', scheme, async () => {
      const toggle = page.getByRole('button', { name: 'Tools', exact: true })
      if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click()
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      await ui.openTools()
      const tools = page.getByRole('group', { name: /Bulk corrections, export and history/ })
      await expect(tools.getByRole('button', { name: 'Stage corrections' })).toBeVisible()
      await expect(
        tools.getByRole('heading', { name: /Bulk corrections, export and history/ }),
      ).toBeInViewport()
    })
  })

  test(`the panel in German, ${scheme}`, async ({ page, request }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 360, height: 640 })
    const { conversation } = await emulatorAdmin(request).createCall({ customerAttributes })
    await signIn(page, `gcConversationId=${conversation.id}&gcLangTag=de`, 'Anmelden')
    await expect(page.getByRole('grid', { name: 'Teilnehmerattribute' })).toBeVisible()
    await expect(page.getByText('Live', { exact: true })).toBeVisible()
    await shootBoth(page, 'german', scheme)
  })

  test(`the panel in Japanese, ${scheme}`, async ({ page, request }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 360, height: 640 })
    const { conversation } = await emulatorAdmin(request).createCall({ customerAttributes })
    await signIn(page, `gcConversationId=${conversation.id}&gcLangTag=ja`, 'サインイン')
    await expect(page.getByRole('grid', { name: '参加者の属性' })).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'CustomerName の値', exact: true })).toBeVisible()
    await expect(page.getByText('ライブ', { exact: true })).toBeVisible()
    await shootBoth(page, 'japanese', scheme)
  })
}
