import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { emulatorAdmin } from './support/emulator-admin.ts'
import { startDesktopHost } from './support/desktop-host.ts'
import { editor } from './support/editor.ts'
import { signInThroughLoginPage } from './support/sign-in.ts'

/*
 * Every main screen, light and dark, wide and at the Interaction Widget panel's width. The pictures land in
 * docs/screenshots (the README shows one), and each screen must pass an axe check.
 */
const screenshotDir = 'docs/screenshots'
mkdirSync(screenshotDir, { recursive: true })

const widths = { wide: 1280, narrow: 360 } as const
const schemes = ['light', 'dark'] as const

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([])
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true })
}

for (const scheme of schemes) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme })

    test('the sign-in screen', async ({ page }) => {
      for (const [label, width] of Object.entries(widths)) {
        await page.setViewportSize({ width, height: 640 })
        await page.goto('/')
        await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible()
        await expectNoAxeViolations(page)
        await shoot(page, `sign-in-${scheme}-${label === 'wide' ? 1280 : 360}`)
      }
    })

    test('the editor with staged changes, a live change and a conflict, and the review', async ({
      page,
      request,
    }) => {
      const admin = emulatorAdmin(request)
      const { conversation, customerId } = await admin.createCall({
        customerAttributes: {
          CustomerName: 'Maria Schneider',
          AccountNumber: '4410-2291-77',
          'CRM.ContactId': '003Dn00000QxYz1IAF',
          VerificationStatus: 'Verified',
          IntentDetected: 'BillingDispute',
          LoyaltyTier: 'Gold',
          LanguagePreference: 'en-US',
          'Order.LastOrder': '{"orderId":"A-100482","total":"129.90","currency":"USD","items":3}',
          CustomerProfileUrl: 'https://crm.example.com/contacts/003Dn00000QxYz1IAF?tab=history&view=full',
          AgentNotes: 'Prefers email follow-up',
        },
      })
      await page.setViewportSize({ width: widths.wide, height: 900 })
      await page.goto(`/?gcConversationId=${conversation.id}`)
      await signInThroughLoginPage(page)
      const ui = editor(page)
      await expect(page.getByText('Live', { exact: true })).toBeVisible()
      await ui.edit('LoyaltyTier', 'Platinum')
      await ui.edit('IntentDetected', 'PaymentArrangement')
      await ui.add('CaseId', 'C-20391')
      await ui.clear('AgentNotes')
      await admin.writeAsFlow(conversation.id, customerId, {
        IntentDetected: 'Cancellation',
        SentimentScore: '-0.4',
      })
      await expect(page.getByRole('button', { name: 'Keep mine for IntentDetected' })).toBeVisible()
      await expect(ui.valueOf('SentimentScore')).toHaveValue('-0.4')
      await page.mouse.click(1, 1)

      await expectNoAxeViolations(page)
      await shoot(page, `editor-${scheme}-1280`)
      await page.setViewportSize({ width: widths.narrow, height: 900 })
      await expectNoAxeViolations(page)
      await shoot(page, `editor-${scheme}-360`)

      await page.setViewportSize({ width: widths.wide, height: 900 })
      const dialog = await ui.review()
      await expect(dialog).toBeVisible()
      await expectNoAxeViolations(page)
      await shoot(page, `review-${scheme}-1280`)
      await page.setViewportSize({ width: widths.narrow, height: 900 })
      await shoot(page, `review-${scheme}-360`)
    })
  })
}

test('the widget in a 360 px Interaction Widget frame of a Genesys-style desktop', async ({
  page,
  request,
  baseURL,
}) => {
  const admin = emulatorAdmin(request)
  const { conversation } = await admin.createCall({
    customerAttributes: {
      CustomerName: 'Maria Schneider',
      LoyaltyTier: 'Gold',
      IntentDetected: 'BillingDispute',
    },
  })
  const desktop = await startDesktopHost()
  try {
    const src = `${baseURL}/?gcConversationId=${conversation.id}&gcLangTag=en-us`
    await page.setViewportSize({ width: 900, height: 800 })
    await page.goto(desktop.pageUrl([{ src, title: 'Participant data' }]))
    const frame = page.frameLocator('iframe[title="Participant data"]')
    await expect(frame.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible()
    // A cross-site frame whose storage the browser refuses says what that means for staged changes.
    await expect(frame.getByRole('alert')).toContainText('staged changes last only while it stays open')
    await page.screenshot({ path: `${screenshotDir}/iframe-sign-in-360.png` })
  } finally {
    await desktop.close()
  }
})
