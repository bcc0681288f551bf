import { expect, test } from '@playwright/test'
import { SEED, emulatorAdmin } from './support/emulator-admin.ts'
import { signInThroughLoginPage } from './support/sign-in.ts'

/*
 * Issue 13: every participant field is optional in the SDK models, `attributes` included, and real answers carry
 * `null`. One participant without an `attributes` key and another with `name: null` must not hide the others.
 */

test('a participant without attributes and one with a null name leave every other participant readable', async ({
  page,
  request,
}) => {
  const admin = emulatorAdmin(request)
  const conversation = await admin.createConversation({
    media: 'call',
    participants: [
      {
        purpose: 'customer',
        name: 'Dana Whitfield',
        attributes: { CustomerName: 'Dana Whitfield', Tier: 'Gold' },
      },
      { purpose: 'ivr', name: 'Main IVR', wire: { omitAttributes: true } },
      { purpose: 'acd', attributes: { 'Queue.Skill': 'Billing' }, wire: { nullFields: ['name', 'queueId'] } },
      {
        purpose: 'agent',
        name: 'Alex Morgan',
        userId: SEED.users.agent.id,
        attributes: { 'Agent.Note': 'called back' },
      },
    ],
  })
  // The wire really has the oddities the test is about.
  expect(conversation.participants[1]).not.toHaveProperty('attributes')
  expect(conversation.participants[2]?.name).toBeNull()

  await page.goto(`/?gcConversationId=${conversation.id}`)
  await signInThroughLoginPage(page)
  await expect(page.getByRole('grid', { name: 'Participant attributes' })).toBeVisible()
  await expect(page.getByRole('tab', { selected: true })).toHaveText('Customer · Dana Whitfield')
  await expect(page.getByRole('textbox', { name: 'Value of CustomerName', exact: true })).toHaveValue(
    'Dana Whitfield',
  )
  await expect(page.getByRole('textbox', { name: 'Value of Tier', exact: true })).toHaveValue('Gold')

  await page.getByRole('tab', { name: 'Queue' }).click()
  await expect(page.getByRole('textbox', { name: 'Value of Queue.Skill', exact: true })).toHaveValue(
    'Billing',
  )

  await page.getByRole('tab', { name: 'Agent · Alex Morgan' }).click()
  await expect(page.getByRole('textbox', { name: 'Value of Agent.Note', exact: true })).toHaveValue(
    'called back',
  )

  // The IVR leg has no attributes on the wire: it has none to show, and says so instead of failing.
  await page.getByRole('tab', { name: 'IVR · Main IVR' }).click()
  await expect(page.getByText('This participant has no attributes yet.')).toBeVisible()
  await expect(page.getByLabel(/^Value of /)).toHaveCount(0)
})
