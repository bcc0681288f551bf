import { expect, test } from '@playwright/test'
import { emulatorAdmin } from './support/emulator-admin.ts'
import { editor } from './support/editor.ts'
import { signInThroughLoginPage } from './support/sign-in.ts'

const attributes = { CustomerName: 'Maria Schneider', LoyaltyTier: 'Gold', IntentDetected: 'BillingDispute' }

test('an agent commits, reverts from the saved note, reviews the previous values and commits them', async ({
  page,
  request,
}) => {
  const admin = emulatorAdmin(request)
  const { conversation, customerId } = await admin.createCall({ customerAttributes: attributes })
  await page.goto(`/?gcConversationId=${conversation.id}`)
  await signInThroughLoginPage(page)
  const ui = editor(page)
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Gold')

  await ui.edit('LoyaltyTier', 'Platinum')
  await ui.add('CaseId', 'C-20391')
  await ui.commit()
  await expect(page.getByText('Saved ✓ LoyaltyTier, CaseId')).toBeVisible()
  await expect
    .poll(async () => (await admin.attributes(conversation.id, customerId)).LoyaltyTier)
    .toBe('Platinum')

  // By keyboard: the note stays while Revert has focus, however long that takes.
  const revert = page.getByRole('button', { name: 'Revert', exact: true })
  await revert.focus()
  await page.waitForTimeout(7_000)
  await page.keyboard.press('Enter')
  await expect(page.getByText(/^2 previous values staged \(LoyaltyTier, CaseId\)/)).toBeVisible()
  await expect(ui.stagedCount).toHaveText('2 staged changes')
  // Staged only: nothing was sent.
  expect((await admin.writes(conversation.id, customerId)).filter((w) => w.source === 'api')).toHaveLength(1)

  const dialog = await ui.review()
  await expect(dialog.getByRole('row', { name: /LoyaltyTier/ })).toContainText('Platinum')
  await expect(dialog.getByRole('row', { name: /LoyaltyTier/ })).toContainText('Gold')
  await expect(dialog.getByRole('row', { name: /CaseId/ })).toContainText('C-20391')
  await dialog.getByRole('button', { name: 'Commit', exact: true }).click()

  await expect
    .poll(() => admin.attributes(conversation.id, customerId))
    .toEqual({ ...attributes, CaseId: '' })
  await expect(ui.stagedCount).toHaveText('0 staged changes')
  const writes = (await admin.writes(conversation.id, customerId)).filter((w) => w.source === 'api')
  expect(writes).toHaveLength(2)
  expect(writes[1]?.names.sort()).toEqual(['CaseId', 'LoyaltyTier'])
})
