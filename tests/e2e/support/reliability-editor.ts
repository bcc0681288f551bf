import { expect, type Page } from '@playwright/test'

/**
 * The editor as the reliability specs drive it: by accessible names only, without assuming which landmark role the
 * staged-changes bar has (it is being reworked), so the specs test behaviour rather than markup.
 */
export function reliabilityEditor(page: Page) {
  const valueOf = (name: string) => page.getByLabel(`Value of ${name}`, { exact: true })
  const stagedBar = page.getByRole('group', { name: 'Staged changes' }).or(page.getByRole('toolbar'))
  return {
    valueOf,
    stagedCount: page.getByRole('status').filter({ hasText: /^\d+ staged changes?$/ }),
    liveBadge: page.locator('.live-status[role="status"]'),
    async edit(name: string, value: string) {
      await valueOf(name).fill(value)
      await valueOf(name).press('Enter')
    },
    async add(name: string, value: string) {
      await page.getByLabel('Attribute name', { exact: true }).fill(name)
      await page.getByLabel('Attribute value', { exact: true }).fill(value)
      await page.getByRole('button', { name: 'Add attribute' }).click()
      await expect(valueOf(name)).toHaveValue(value)
    },
    async commit() {
      await stagedBar.getByRole('button', { name: 'Commit', exact: true }).click()
    },
  }
}
export type ReliabilityEditor = ReturnType<typeof reliabilityEditor>
