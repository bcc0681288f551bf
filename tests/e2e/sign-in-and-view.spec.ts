import { expect, test } from '@playwright/test'
import { SEED, emulatorAdmin } from './support/emulator-admin.ts'
import { fontsDrawing, fontsSettled, holdWebFonts, recordLayoutShifts } from './support/font-swap.ts'
import { signInThroughLoginPage } from './support/sign-in.ts'

test.describe('an agent opens the widget in its own tab', () => {
  test('signs in through the emulator login page and sees the seeded call’s customer attributes', async ({
    page,
    request,
  }) => {
    const admin = emulatorAdmin(request)
    const seeded = await admin.attributes(
      SEED.conversations.liveCall.id,
      SEED.conversations.liveCall.customerParticipantId,
    )

    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'Participant data' })).toBeVisible()
    await signInThroughLoginPage(page, 'agent@example.com')

    const table = page.getByRole('grid', { name: 'Participant attributes' })
    await expect(table).toBeVisible()
    await expect(page.getByRole('tab', { selected: true })).toHaveText(/Customer/)
    for (const name of ['CustomerName', 'AccountNumber', 'CRM.ContactId', 'LoyaltyTier']) {
      await expect(page.getByRole('textbox', { name: `Value of ${name}`, exact: true })).toHaveValue(
        seeded[name] ?? '',
      )
    }
    // The URL keeps nothing of the OAuth exchange.
    expect(page.url()).not.toMatch(/code=|access_token=|state=/)
  })

  test('lists both of the agent’s active conversations and switches between them', async ({ page }) => {
    await page.goto('/')
    await signInThroughLoginPage(page, 'agent@example.com')
    const picker = page.getByLabel('Conversation', { exact: true })
    await expect(picker).toBeVisible()
    // The call the agent is on comes first, though the message is newer.
    await expect(page.getByRole('tab', { selected: true })).toHaveText('Customer · Maria Schneider')
    await picker.selectOption({ label: 'Jonas Weber (messages)' })
    await expect(page.getByRole('tab', { selected: true })).toHaveText('Customer · Jonas Weber')
    await expect(page.getByRole('textbox', { name: 'Value of Channel.Source', exact: true })).toHaveValue(
      'web',
    )
  })
})

/*
 * The web fonts arrive after the first paint (font-display: swap). Until then the text is drawn in metric-matched
 * stand-ins (src/ui/fonts.css), so the swap changes the glyphs and nothing moves. With the system font instead
 * (DejaVu Sans here) the sign-in text took one more line and the Sign in button jumped 20 px at 1280 px (44 px in
 * German at 360 px) just as an agent might click it. Measured with the stand-ins: 0 px, and no layout shift at all.
 */
test.describe('the sign-in screen as the web fonts come in', () => {
  const screens = [
    { lang: 'en-us', width: 1280, signIn: 'Sign in' },
    { lang: 'en-us', width: 360, signIn: 'Sign in' },
    { lang: 'de-de', width: 360, signIn: 'Anmelden' },
  ]
  for (const { lang, width, signIn: signInName } of screens) {
    test(`${lang} at ${width} px: the ${signInName} button stays where it was drawn`, async ({ page }) => {
      const webFonts = await holdWebFonts(page)
      const shifts = await recordLayoutShifts(page)
      await page.setViewportSize({ width, height: 720 })
      await page.goto(`/?gcLangTag=${lang}`)
      const signIn = page.getByRole('button', { name: signInName, exact: true })
      await expect(signIn).toBeVisible()
      await expect.poll(webFonts.held, { message: 'the page asks for its web fonts' }).toBeGreaterThan(0)

      const drawnWith = await fontsDrawing(page, signIn)
      const before = await signIn.boundingBox()
      await shifts.clear()
      webFonts.release()
      await fontsSettled(page)
      const after = await signIn.boundingBox()
      const shiftsAcrossSwap = await shifts.take()

      expect(
        await page.evaluate(
          () => document.fonts.check('14px "Noto Sans"') && document.fonts.check('600 14px Urbanist'),
        ),
        'the web fonts were used in the end',
      ).toBe(true)
      // The numbers in fonts.css are Arial's, which Liberation Sans matches; any other face would not line up.
      expect
        .soft(drawnWith, 'drawn in the stand-in before the web font arrived')
        .toEqual([expect.stringMatching(/^(Arial|Liberation Sans)$/)])
      expect(before).not.toBeNull()
      expect(after).not.toBeNull()
      expect
        .soft(Math.abs((after?.y ?? 0) - (before?.y ?? 0)), 'vertical px the button moved')
        .toBeLessThan(1)
      expect
        .soft(Math.abs((after?.x ?? 0) - (before?.x ?? 0)), 'horizontal px the button moved')
        .toBeLessThan(1)
      expect.soft(shiftsAcrossSwap, 'layout shifts (CLS entries) when the web fonts came in').toEqual([])
    })
  }
})
