import { expect, test } from '@playwright/test'
import { SEED, emulatorAdmin } from './support/emulator-admin.ts'
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
