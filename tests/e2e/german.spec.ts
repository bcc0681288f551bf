import { expect, test } from '@playwright/test'
import { emulatorOrigin } from './support/emulator-admin.ts'

/*
 * German lives in its own chunk, fetched only for German launches and before the first render. These run the
 * production build: no English flash, no German bytes for English agents, and English if the chunk is unreachable.
 */

/** Records the first title the page ever shows, to prove there is no English flash. */
const firstHeading = () => {
  new MutationObserver((_, observer) => {
    const h1 = document.querySelector('h1')
    if (h1?.textContent) {
      ;(window as unknown as { firstTitle: string }).firstTitle = h1.textContent
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true, characterData: true })
}

test('a German launch is German from the first paint, also after the sign-in redirect', async ({ page }) => {
  const chunks: string[] = []
  page.on('request', (r) => void (r.url().includes('german-messages') && chunks.push(r.url())))
  await page.addInitScript(firstHeading)
  await page.goto('/?gcLangTag=de-de')
  await expect(page.getByRole('heading', { name: 'Teilnehmerdaten' })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { firstTitle: string }).firstTitle)).toBe(
    'Teilnehmerdaten',
  )
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click()
  await page.waitForURL((url) => url.origin === emulatorOrigin)
  await page.getByLabel('agent@example.com', { exact: false }).check()
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => url.origin !== emulatorOrigin)
  await expect(page.getByRole('grid', { name: 'Teilnehmerattribute' })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { firstTitle: string }).firstTitle)).toBe(
    'Teilnehmerdaten',
  )
  expect(chunks.length).toBeGreaterThan(0)
})

test('an English launch never downloads German', async ({ page }) => {
  const chunks: string[] = []
  page.on('request', (r) => void (r.url().includes('german-messages') && chunks.push(r.url())))
  await page.goto('/?gcLangTag=en-us')
  await expect(page.getByRole('heading', { name: 'Participant data' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(chunks).toEqual([])
})

test('if the German chunk cannot load, the widget works in English', async ({ page }) => {
  await page.route('**/german-messages-*.js', (route) => route.abort())
  await page.goto('/?gcLangTag=de-de')
  await expect(page.getByRole('heading', { name: 'Participant data' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible()
})
