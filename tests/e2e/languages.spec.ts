import { expect, test, type Page } from '@playwright/test'
import { germanTranslations } from '../../src/app/german-messages.ts'
import type { Message } from '../../src/ui/i18n.tsx'
import { emulatorAdmin, emulatorOrigin, SEED } from './support/emulator-admin.ts'
import { editor } from './support/editor.ts'

/*
 * A German launch shows no English. Every word on screen must come from the German strings, from the
 * conversation's own data, or from the short list of names that are the same in every language. A string
 * hard-coded in English in a component, or a key missing from a German table, shows up here by its words.
 */
const sameInEveryLanguage = ['Genesys', 'Cloud', 'IVR', 'JSON', 'CSV', 'TSV', 'ID', 'URL', 's']

const words = (text: string) => text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []
const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message).filter((form) => typeof form === 'string')
const germanWords = new Set(
  germanTranslations.flatMap(({ table }) =>
    Object.values(table)
      .flatMap(forms)
      .flatMap((form) => words(form.replace(/\{\w+\}/g, ' '))),
  ),
)

const data = {
  customerName: 'Jana Köhler',
  attributes: { Kundennummer: '4410-2291-77', Tarif: 'Gold', Anliegen: 'Rechnung' },
  typed: 'Platin',
  /** createCall names its IVR leg so. */
  ivrName: 'Main IVR',
}

async function notGerman(page: Page): Promise<string[]> {
  const visible = await page.evaluate(() => {
    const fields = [...document.querySelectorAll('input, textarea')].map(
      (field) => (field as HTMLInputElement).placeholder,
    )
    return [document.body.innerText, ...fields].join('\n')
  })
  const allowed = new Set([
    ...germanWords,
    ...sameInEveryLanguage,
    ...words(
      [
        data.customerName,
        data.typed,
        data.ivrName,
        'Alex Morgan',
        'Haupt-IVR',
        ...Object.entries(data.attributes).flat(),
      ].join(' '),
    ),
  ])
  // Addresses (the emulator's origin in the region line) are not language.
  const text = visible.replace(/\bhttps?:\/\/\S+/g, ' ')
  return [...new Set(words(text).filter((word) => !allowed.has(word)))]
}

async function signInGerman(page: Page, user: 'agent@example.com' | 'supervisor@example.com') {
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click()
  await page.waitForURL((url) => url.origin === emulatorOrigin)
  await page.getByLabel(user, { exact: false }).check()
  // The emulator's own login page (standing in for Genesys's) is English; the widget is what is checked.
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => url.origin !== emulatorOrigin)
}

test.describe('a German launch', () => {
  test('shows no English on the sign-in screen, the editor with a staged change, and the review', async ({
    page,
    request,
  }) => {
    const admin = emulatorAdmin(request)
    const conversation = await admin.createConversation({
      media: 'call',
      participants: [
        { purpose: 'customer', name: data.customerName, attributes: data.attributes },
        { purpose: 'ivr', name: 'Haupt-IVR' },
        { purpose: 'agent', name: 'Alex Morgan', userId: SEED.users.agent.id },
      ],
    })
    await page.goto(`/?gcConversationId=${conversation.id}&gcLangTag=de-DE`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.getByRole('button', { name: 'Anmelden', exact: true })).toBeVisible()
    expect(await notGerman(page)).toEqual([])

    await signInGerman(page, 'agent@example.com')
    const table = page.getByRole('grid', { name: 'Teilnehmerattribute' })
    await expect(table).toBeVisible()
    await expect(page.getByRole('tab', { selected: true })).toHaveText(`Kunde · ${data.customerName}`)
    await page.getByRole('textbox', { name: 'Wert von Tarif', exact: true }).fill(data.typed)
    await page.getByRole('textbox', { name: 'Wert von Tarif', exact: true }).press('Enter')
    await expect(page.getByText('1 vorgemerkte Änderung', { exact: true })).toBeVisible()
    expect(await notGerman(page)).toEqual([])

    await page.getByRole('button', { name: 'Änderungen prüfen' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await notGerman(page)).toEqual([])
  })

  test('the supervisor tools are German too', async ({ page, request }) => {
    const { conversation } = await emulatorAdmin(request).createCall({
      customerAttributes: data.attributes,
      customerName: data.customerName,
    })
    await page.goto(`/?gcConversationId=${conversation.id}&gcLangTag=de`)
    await signInGerman(page, 'supervisor@example.com')
    await editor(page).openTools('Werkzeuge')
    await expect(page.getByText('Angemeldet als Supervisor.', { exact: false })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Sammelkorrekturen', exact: true })).toBeVisible()
    expect(await notGerman(page)).toEqual([])
  })
})
