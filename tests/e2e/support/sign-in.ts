import { expect, type Page } from '@playwright/test'
import { emulatorOrigin } from './emulator-admin.ts'

export type LocalUser = 'agent@example.com' | 'agent2@example.com' | 'supervisor@example.com'

/** Signs in through the emulator's real login page, as a user would: the widget's button, then pick a user. */
export async function signInThroughLoginPage(
  page: Page,
  user: LocalUser = 'agent@example.com',
): Promise<void> {
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => url.origin === emulatorOrigin)
  await page.getByLabel(user, { exact: false }).check()
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => url.origin !== emulatorOrigin)
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toHaveCount(0)
}
