import { expect, type Page } from '@playwright/test'
import { emulatorOrigin } from './emulator-admin.ts'

export type LocalUser = 'agent@example.com' | 'agent2@example.com' | 'supervisor@example.com'

/** Signs in through the emulator's real login page, as a user would: the widget's button, then pick a user. */
export async function signInThroughLoginPage(
  page: Page,
  user: LocalUser = 'agent@example.com',
): Promise<void> {
  const signIn = page.getByRole('button', { name: 'Sign in', exact: true })
  await expect(signIn).toBeVisible()
  // The web fonts arrive after the first paint (font-display: swap). Before the metric-matched stand-ins
  // (src/ui/fonts.css) the swap moved this button about 20 px, and a click during it missed: seen twice under load.
  // Now nothing moves (tests/e2e/sign-in-and-view.spec.ts checks it); the wait stays for a machine with neither Arial
  // nor Liberation Sans, where the stand-ins are skipped. The fonts first, then the click.
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await signIn.click()
  await page.waitForURL((url) => url.origin === emulatorOrigin)
  await page.getByLabel(user, { exact: false }).check()
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => url.origin !== emulatorOrigin)
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toHaveCount(0)
}

/**
 * Chooses a user on the emulator's login page in the popup the widget opened; the popup then closes itself,
 * possibly before the click returns, so the close is listened for first.
 */
export async function signInInPopup(popup: Page, user: LocalUser = 'agent@example.com'): Promise<void> {
  await popup.waitForURL((url) => url.origin === emulatorOrigin)
  await popup.getByLabel(user, { exact: false }).check()
  const closed = popup.waitForEvent('close')
  await popup.getByRole('button', { name: 'Sign in', exact: true }).click()
  await closed
}
