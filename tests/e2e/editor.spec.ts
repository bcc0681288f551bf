import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { SEED, emulatorAdmin } from './support/emulator-admin.ts'
import { editor } from './support/editor.ts'
import { signInThroughLoginPage } from './support/sign-in.ts'

const ivrAttributes = {
  CustomerName: 'Maria Schneider',
  AccountNumber: '4410-2291-77',
  LoyaltyTier: 'Gold',
  IntentDetected: 'BillingDispute',
  AgentNotes: 'Call back after 5 pm',
  'CRM.ContactId': '003Dn00000QxYz1IAF',
}

/** A fresh call whose customer leg the IVR filled, opened embedded (as Genesys launches it) by a signed-in agent. */
async function openCallAsAgent(page: Page, request: APIRequestContext) {
  const admin = emulatorAdmin(request)
  const { conversation, customerId } = await admin.createCall({ customerAttributes: ivrAttributes })
  await page.goto(`/?gcConversationId=${conversation.id}`)
  await signInThroughLoginPage(page)
  return { admin, conversation, customerId, ui: editor(page) }
}

test.describe('the attribute editor against the emulator', () => {
  test('an agent edits two values, adds one, clears one, reviews the diff and commits exactly that', async ({
    page,
    request,
  }) => {
    const { admin, conversation, customerId, ui } = await openCallAsAgent(page, request)
    await expect(ui.valueOf('CustomerName')).toHaveValue('Maria Schneider')

    await ui.edit('LoyaltyTier', 'Platinum')
    await ui.edit('IntentDetected', 'PaymentArrangement')
    await ui.add('CaseId', 'C-20391')
    await ui.clear('AgentNotes')
    await expect(ui.stagedCount).toHaveText('4 staged changes')

    const dialog = await ui.review()
    const rows = dialog.getByRole('row')
    await expect(rows).toHaveCount(5)
    await expect(dialog.getByRole('row', { name: /LoyaltyTier/ })).toContainText('Gold')
    await expect(dialog.getByRole('row', { name: /LoyaltyTier/ })).toContainText('Platinum')
    await expect(dialog.getByRole('row', { name: /CaseId/ })).toContainText('C-20391')
    await dialog.getByRole('button', { name: 'Commit', exact: true }).click()

    await expect
      .poll(() => admin.attributes(conversation.id, customerId))
      .toEqual({
        ...ivrAttributes,
        LoyaltyTier: 'Platinum',
        IntentDetected: 'PaymentArrangement',
        CaseId: 'C-20391',
        AgentNotes: '',
      })
    await expect(ui.stagedCount).toHaveText('0 staged changes')
    const writes = (await admin.writes(conversation.id, customerId)).filter((entry) => entry.source === 'api')
    expect(writes).toHaveLength(1)
    expect(writes[0]?.names.sort()).toEqual(['AgentNotes', 'CaseId', 'IntentDetected', 'LoyaltyTier'])
  })

  test('a flow write to another name arrives live and survives the commit', async ({ page, request }) => {
    const { admin, conversation, customerId, ui } = await openCallAsAgent(page, request)
    await expect(page.getByText('Live', { exact: true })).toBeVisible()

    await ui.edit('LoyaltyTier', 'Platinum')
    await admin.writeAsFlow(conversation.id, customerId, {
      IntentDetected: 'Cancellation',
      RiskScore: '0.92',
    })
    await expect(ui.valueOf('IntentDetected')).toHaveValue('Cancellation')
    await expect(ui.valueOf('RiskScore')).toHaveValue('0.92')
    await expect(page.getByText(/Changed elsewhere/).first()).toBeVisible()

    await ui.commit()
    await expect
      .poll(() => admin.attributes(conversation.id, customerId))
      .toEqual({
        ...ivrAttributes,
        LoyaltyTier: 'Platinum',
        IntentDetected: 'Cancellation',
        RiskScore: '0.92',
      })
  })

  for (const choice of ['Keep mine', 'Use theirs'] as const) {
    test(`a flow write to the name being edited is a conflict, and "${choice}" is what the server ends with`, async ({
      page,
      request,
    }) => {
      const { admin, conversation, customerId, ui } = await openCallAsAgent(page, request)
      await expect(page.getByText('Live', { exact: true })).toBeVisible()

      await ui.edit('LoyaltyTier', 'Platinum')
      await admin.writeAsFlow(conversation.id, customerId, { LoyaltyTier: 'Silver' })
      await expect(page.getByRole('button', { name: 'Keep mine for LoyaltyTier' })).toBeVisible()

      // Nothing can be committed over the flow's value until the user chooses.
      await expect(ui.commitButton).toBeDisabled()
      expect((await admin.attributes(conversation.id, customerId)).LoyaltyTier).toBe('Silver')
      expect(
        (await admin.writes(conversation.id, customerId)).filter((entry) => entry.source === 'api'),
      ).toHaveLength(0)

      await page.getByRole('button', { name: `${choice} for LoyaltyTier` }).click()
      if (choice === 'Keep mine') {
        await ui.commit()
        await expect
          .poll(async () => (await admin.attributes(conversation.id, customerId)).LoyaltyTier)
          .toBe('Platinum')
      } else {
        await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Silver')
        await expect(ui.stagedCount).toHaveText('0 staged changes')
        expect((await admin.attributes(conversation.id, customerId)).LoyaltyTier).toBe('Silver')
      }
    })
  }

  test('staged edits survive a reload', async ({ page, request }) => {
    const admin = emulatorAdmin(request)
    const { conversation } = await admin.createCall({ customerAttributes: ivrAttributes })
    await page.goto(`/?gcConversationId=${conversation.id}`)
    await signInThroughLoginPage(page)
    const ui = editor(page)
    await ui.edit('LoyaltyTier', 'Platinum')
    await ui.add('CaseId', 'C-20391')
    await ui.clear('AgentNotes')
    await expect(ui.stagedCount).toHaveText('3 staged changes')

    await page.reload()
    await expect(ui.stagedCount).toHaveText('3 staged changes')
    await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Platinum')
    await expect(ui.valueOf('CaseId')).toHaveValue('C-20391')
    await expect(ui.valueOf('AgentNotes')).toHaveValue('')
  })

  test('a supervisor opens another agent’s conversation by ID and corrects an attribute', async ({
    page,
    request,
  }) => {
    const admin = emulatorAdmin(request)
    const { conversation, customerId } = await admin.createCall({
      customerAttributes: ivrAttributes,
      agentUserId: SEED.users.agent2.id,
    })
    await page.goto('/')
    await signInThroughLoginPage(page, 'supervisor@example.com')
    await expect(page.getByRole('heading', { name: 'No active conversation' })).toBeVisible()
    await page.getByLabel('Conversation ID', { exact: true }).fill(conversation.id)
    await page.getByRole('button', { name: 'Open', exact: true }).click()

    const ui = editor(page)
    await expect(ui.valueOf('AccountNumber')).toHaveValue('4410-2291-77')
    await ui.edit('AccountNumber', '4410-2291-78')
    await ui.commit()
    await expect
      .poll(async () => (await admin.attributes(conversation.id, customerId)).AccountNumber)
      .toBe('4410-2291-78')
  })

  test('an ended conversation is still viewable and warns that analytics will not keep a change', async ({
    page,
    request,
  }) => {
    const admin = emulatorAdmin(request)
    const { conversation } = await admin.createCall({ customerAttributes: ivrAttributes, ended: true })
    await page.goto(`/?gcConversationId=${conversation.id}`)
    await signInThroughLoginPage(page)
    await expect(page.getByText('Ended', { exact: true })).toBeVisible()
    await expect(editor(page).valueOf('CustomerName')).toHaveValue('Maria Schneider')
    await expect(page.getByText(/analytics/i).first()).toBeVisible()
  })
})
