import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { emulatorOrigin } from './support/emulator-admin.ts'
import { measurePanel } from './support/panel-metrics.ts'

/*
 * The panel as an agent gets it in the Genesys interaction panel (issue 14): at 360 × 640 at least ten attribute
 * rows without scrolling, one header line, the toolbar always on screen, no sideways scroll at 320 px, rows of at
 * most 40 px, keyboard-driven editing; light and dark, English and German, and axe-clean.
 */
const languages = [
  {
    tag: undefined,
    signIn: 'Sign in',
    grid: 'Participant attributes',
    toolbar: 'Staged changes',
    add: 'Add attribute',
  },
  {
    tag: 'de',
    signIn: 'Anmelden',
    grid: 'Teilnehmerattribute',
    toolbar: 'Vorgemerkte Änderungen',
    add: 'Attribut hinzufügen',
  },
] as const

async function signIn(page: Page, tag: string | undefined, signInLabel: string) {
  await page.goto(tag ? `/?gcLangTag=${tag}` : '/')
  await page.getByRole('button', { name: signInLabel, exact: true }).click()
  await page.waitForURL((url) => url.origin === emulatorOrigin)
  await page.getByLabel('agent@example.com', { exact: false }).check()
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => url.origin !== emulatorOrigin)
}

// The seeded call as the emulator starts it: the keyboard test commits to it.
test.beforeEach(async ({ request }) => {
  await request.post(`${emulatorOrigin}/__admin/reset`)
})

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

for (const scheme of ['light', 'dark'] as const) {
  for (const language of languages) {
    test(`at 360 × 640, 320 and 1280 px (${scheme}, ${language.tag ?? 'en'}): ten rows, one header line, the toolbar on screen`, async ({
      page,
    }) => {
      test.slow()
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize({ width: 360, height: 640 })
      await signIn(page, language.tag, language.signIn)
      const grid = page.getByRole('grid', { name: language.grid })
      await expect(grid).toBeVisible()
      await expect(page.getByText('Live', { exact: true })).toBeVisible()
      const metrics = await measurePanel(page)
      test
        .info()
        .annotations.push({ type: 'rows visible at 360 × 640', description: String(metrics.rowsVisible) })
      test
        .info()
        .annotations.push({ type: 'single-line row height', description: `${metrics.singleLineRowMax}px` })
      expect(metrics.rowsVisible).toBeGreaterThanOrEqual(10)
      expect(metrics.singleLineRowMax).toBeGreaterThan(0)
      expect(metrics.singleLineRowMax).toBeLessThanOrEqual(40)
      expect(metrics.headerOneLine).toBe(true)
      // The participant being edited is named whole, and the filter is wide enough to read its own placeholder.
      expect(metrics.selectedTabWhole).toBe(true)
      expect(metrics.filterPlaceholderFits).toBe(true)
      expect(metrics.filterWidth).toBeGreaterThanOrEqual(100)
      await expectNoAxeViolations(page)

      // Scrolled to the end of the attributes (their last row, the add form under them), Review and Commit are
      // still on screen. (Past the attribute panel, e.g. at the conversation data below it, the bar goes with it.)
      await page.getByRole('button', { name: language.add }).scrollIntoViewIfNeeded()
      await expect(grid.locator('[role="row"][data-index]').first()).not.toBeInViewport()
      const toolbar = page.getByRole('group', { name: language.toolbar })
      await expect(toolbar).toBeInViewport({ ratio: 1 })

      await page.setViewportSize({ width: 320, height: 640 })
      await page.evaluate(() => window.scrollTo(0, 0))
      const narrowest = await measurePanel(page)
      expect(narrowest.horizontalScroll).toBe(false)
      expect(narrowest.selectedTabWhole).toBe(true)
      expect(narrowest.filterPlaceholderFits).toBe(true)
      await expectNoAxeViolations(page)

      await page.setViewportSize({ width: 1280, height: 800 })
      expect((await measurePanel(page)).selectedTabWhole).toBe(true)
      expect((await measurePanel(page)).horizontalScroll).toBe(false)
      expect((await measurePanel(page)).headerOneLine).toBe(true)
      await expectNoAxeViolations(page)
    })
  }
}

test('the grid by keyboard: one Tab stop, arrows, Enter edits and moves down, Escape cancels, / filters, Ctrl+Enter reviews and commits', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 })
  await signIn(page, undefined, 'Sign in')
  const grid = page.getByRole('grid', { name: 'Participant attributes' })
  await expect(grid).toBeVisible()
  await expect(page.getByText('Live', { exact: true })).toBeVisible()
  const cells = grid.getByRole('gridcell')
  // One Tab stop for the whole grid.
  await expect(grid.locator('[data-cell][tabindex="0"]')).toHaveCount(1)
  const firstValueCell = grid.locator('[data-cell="0:1"]')
  await firstValueCell.focus()
  const firstName = (await grid.locator('[data-cell="0:0"]').textContent()) ?? ''
  const secondName = (await grid.locator('[data-cell="1:0"]').textContent()) ?? ''
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('gridcell', { name: `Value of ${secondName}`, exact: true })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(page.getByRole('gridcell', { name: `Value of ${firstName}`, exact: true })).toBeFocused()
  await page.keyboard.press('Home')
  await expect(grid.locator('[data-cell="0:0"]')).toBeFocused()
  await page.keyboard.press('End')
  await expect(grid.locator('[data-cell="0:2"]')).toBeFocused()
  await page.keyboard.press('PageDown')
  await expect(grid.locator('[data-cell="10:2"]')).toBeFocused()
  await page.keyboard.press('PageUp')
  await page.keyboard.press('ArrowLeft')

  // Typing starts editing and replaces the text; Escape cancels and gives the cell back.
  const firstEditor = page.getByRole('textbox', { name: `Value of ${firstName}`, exact: true })
  const before = await firstEditor.inputValue()
  await page.keyboard.type('x')
  await expect(firstEditor).toBeFocused()
  await expect(firstEditor).toHaveValue('x')
  await page.keyboard.press('Escape')
  await expect(firstEditor).toHaveValue(before)
  await expect(page.getByRole('gridcell', { name: `Value of ${firstName}`, exact: true })).toBeFocused()

  // F2 edits at the end of the text; Enter stages and moves down.
  await page.keyboard.press('F2')
  await expect(firstEditor).toBeFocused()
  await page.keyboard.type(' (checked)')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('gridcell', { name: `Value of ${secondName}`, exact: true })).toBeFocused()
  await expect(firstEditor).toHaveValue(`${before} (checked)`)
  const toolbar = page.getByRole('group', { name: 'Staged changes' })
  await expect(toolbar.getByRole('status')).toHaveText('1 staged change')
  expect(cells).toBeTruthy()

  // Tab leaves the grid in one step.
  await page.keyboard.press('Tab')
  await expect(grid.locator(':focus')).toHaveCount(0)

  // `/` goes to the filter.
  await page.getByRole('heading').first().click()
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Filter attributes' })).toBeFocused()

  // Ctrl+Enter opens the review, and from it commits.
  await page.keyboard.press('Control+Enter')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Control+Enter')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByText(/^Saved ✓/)).toBeVisible()
  await expect(firstEditor).toHaveValue(`${before} (checked)`)
})

test('in the 360 px panel, a staged change on a tab scrolled out of view is said beside the tabs and one click shows it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 })
  await signIn(page, undefined, 'Sign in')
  const tabs = page.getByRole('tab')
  // The seeded call has four legs; at 360 px the strip shows the first and scrolls the Agent tab away.
  const agentTab = page.getByRole('tab', { name: /^Agent · Alex Morgan/ })
  await agentTab.click()
  await page.getByRole('textbox', { name: 'Attribute name' }).fill('WrapUpHint')
  await page.getByRole('textbox', { name: 'Attribute value' }).fill('callback')
  await page.getByRole('button', { name: 'Add attribute' }).click()
  await expect(agentTab).toContainText('1 staged')
  await tabs.first().click()

  const shown = page.getByRole('button', {
    name: 'Show Agent · Alex Morgan, out of view in the tabs: 1 staged',
  })
  await expect(shown).toBeVisible()
  await expect(shown).toBeInViewport({ ratio: 1 })
  await shown.click()
  await expect(agentTab).toHaveAttribute('aria-selected', 'true')
  await expect(agentTab).toBeInViewport()
  await expect(shown).toHaveCount(0)

  // Back on the first tab the Agent tab scrolls away again, and so the note comes back; gone once nothing is staged.
  await tabs.first().click()
  await expect(shown).toBeVisible()
  await shown.click()
  await page.getByRole('button', { name: 'Discard all' }).click()
  await tabs.first().click()
  await expect(agentTab).not.toContainText('staged')
  await expect(page.getByRole('button', { name: /out of view in the tabs/ })).toHaveCount(0)
})
