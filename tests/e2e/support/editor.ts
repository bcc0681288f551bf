import { expect, type Page } from '@playwright/test'

/** The attribute editor as a user drives it, by the accessible names the widget promises. */
export function editor(page: Page) {
  // The value's editor (a textbox drawn as text until it has focus); its grid cell carries the same name.
  const valueOf = (name: string) => page.getByRole('textbox', { name: `Value of ${name}`, exact: true })
  const toolbar = page.getByRole('group', { name: 'Staged changes' })
  const commitButton = toolbar.getByRole('button', { name: 'Commit', exact: true })
  return {
    toolbar,
    commitButton,
    table: page.getByRole('grid', { name: 'Participant attributes' }),
    cellOf: (name: string) => page.getByRole('gridcell', { name: `Value of ${name}`, exact: true }),
    valueOf,
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
    async clear(name: string) {
      // Row actions sit in the row's menu.
      await page.getByRole('button', { name: `Actions for ${name}`, exact: true }).click()
      await page.getByRole('menuitem', { name: `Clear value of ${name}`, exact: true }).click()
    },
    stagedCount: toolbar.getByRole('status'),
    async review() {
      await page.getByRole('button', { name: 'Review changes' }).click()
      return page.getByRole('dialog')
    },
    async commit() {
      await commitButton.click()
    },
    /** Bulk corrections, export and history sit behind "Tools" (closed at first); opens it unless it is open. */
    async openTools(label = 'Tools') {
      const toggle = page.getByRole('button', { name: label, exact: true })
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
      await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    },
  }
}
