import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { startDesktopHost } from './support/desktop-host.ts'
import { SEED, emulatorAdmin, emulatorOrigin, widgetOrigin } from './support/emulator-admin.ts'
import { editor } from './support/editor.ts'
import { failureSummary, recordReliability } from './support/reliability-record.ts'
import { signInInPopup, signInThroughLoginPage } from './support/sign-in.ts'

/*
 * Issue 12: the windows between events where an outside test lost or overwrote an agent's edit. Each test drives
 * the built widget in Chromium against the emulator and checks what the server ends with, from its write log.
 */

const ivr = { CustomerName: 'Maria Schneider', LoyaltyTier: 'Gold', IntentDetected: 'BillingDispute' }

async function openCall(
  page: Page,
  request: APIRequestContext,
  url = (id: string) => `/?gcConversationId=${id}`,
) {
  const admin = emulatorAdmin(request)
  const { conversation, customerId } = await admin.createCall({ customerAttributes: ivr })
  await page.goto(url(conversation.id))
  await signInThroughLoginPage(page)
  const ui = editor(page)
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Gold')
  return { admin, conversation, customerId, ui }
}

const agentWrites = async (
  admin: ReturnType<typeof emulatorAdmin>,
  conversationId: string,
  participantId: string,
) => (await admin.writes(conversationId, participantId)).filter((entry) => entry.source === 'api')

/** This test's row in docs/RELIABILITY.md's fault matrix. */
let row: { fault: string; phase: string; told: string; apiWrites?: number } | undefined
let defaultWriteDelayMs = 300

test.beforeAll(async ({ request }) => {
  const state = (await emulatorAdmin(request).state()) as { settings: { writeDelayMs: number } }
  defaultWriteDelayMs = state.settings.writeDelayMs
})

test.afterEach(async ({ request }, testInfo) => {
  const admin = emulatorAdmin(request)
  await admin.clearFaults()
  await admin.settings({ writeDelayMs: defaultWriteDelayMs, rejectTopics: [] })
  if (row) {
    recordReliability('faults', `${row.fault} / ${row.phase}`, {
      ...row,
      editsLost: testInfo.status === 'passed' ? 0 : undefined,
      reloads: 0,
      held: testInfo.status === 'passed',
      durationMs: testInfo.duration,
      ...(testInfo.status === 'passed' ? {} : { error: failureSummary(testInfo.error) }),
    })
  }
  row = undefined
})

test('defect 1: a flow write made before live updates flow is never overwritten by the first commit', async ({
  page,
  request,
}) => {
  row = {
    fault: 'live updates start 4 s late (subscription delayed)',
    phase: 'flow writes, then commit',
    told: 'Server now: Silver (conflict)',
  }
  const admin = emulatorAdmin(request)
  // Live updates start late, as on a busy desktop: the subscription takes 4 s, so the header says "Connecting…".
  await admin.fault({
    target: 'http',
    method: 'PUT',
    path: '/api/v2/notifications/channels/*/subscriptions',
    fault: { type: 'delay', ms: 4000 },
  })
  const { conversation, customerId, ui } = await openCall(page, request)
  await expect(page.getByText('Connecting…').first()).toBeVisible()
  await ui.edit('LoyaltyTier', 'Platinum')
  // The flow writes while nothing is subscribed yet: no event will ever tell the widget.
  await admin.writeAsFlow(conversation.id, customerId, { LoyaltyTier: 'Silver' })
  await expect(page.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible({ timeout: 10_000 })
  // Once live, what was read before is read again: the flow's value shows as a conflict before any commit.
  await expect(page.getByText('Server now: Silver')).toBeVisible()
  // Nothing is safe to send until the agent chooses: Commit stays off, and the flow's value stays.
  await expect(ui.commitButton).toBeDisabled()
  expect((await admin.attributes(conversation.id, customerId)).LoyaltyTier).toBe('Silver')
  expect(await agentWrites(admin, conversation.id, customerId)).toHaveLength(0)
})

test('defect 2: a rejected subscription is not live, says why, and a commit still never overwrites', async ({
  page,
  request,
}) => {
  row = {
    fault: 'subscription topic Rejected',
    phase: 'flow writes, then commit',
    told: 'Genesys Cloud refused live updates … missing permission',
  }
  const admin = emulatorAdmin(request)
  await admin.settings({
    rejectTopics: [
      {
        id: `v2.users.${SEED.users.agent.id}.conversations`,
        rejectionReason: 'Missing permission',
        missingPermissions: ['conversation:communication:view'],
      },
    ],
  })
  const { conversation, customerId, ui } = await openCall(page, request)
  await expect(page.getByText(/Genesys Cloud refused live updates/)).toBeVisible()
  await expect(page.getByText(/conversation:communication:view/)).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^Live$/ })).toHaveCount(0)
  await ui.edit('LoyaltyTier', 'Platinum')
  await admin.writeAsFlow(conversation.id, customerId, { LoyaltyTier: 'Silver' })
  await ui.commit()
  await expect(page.getByText('Server now: Silver')).toBeVisible()
  expect(await agentWrites(admin, conversation.id, customerId)).toHaveLength(0)
  await admin.settings({ rejectTopics: [] })
})

test('defect 3: a reload while Genesys still applies an accepted write never sends it again', async ({
  page,
  request,
}) => {
  row = {
    fault: 'reload during 4 s apply',
    phase: 'confirming',
    told: 'Commit disabled; value confirmed after reload',
  }
  const admin = emulatorAdmin(request)
  await admin.settings({ writeDelayMs: 4000 })
  const { conversation, customerId, ui } = await openCall(page, request)
  await ui.edit('LoyaltyTier', 'Platinum')
  await ui.commit()
  await expect.poll(() => agentWrites(admin, conversation.id, customerId)).toHaveLength(1)
  await page.reload()
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Platinum')
  // Nothing is staged: the write is remembered as sent and watched, so Commit has nothing to send.
  await expect(ui.commitButton).toBeDisabled()
  await expect
    .poll(() => admin.attributes(conversation.id, customerId), { timeout: 10_000 })
    .toMatchObject({
      LoyaltyTier: 'Platinum',
    })
  await admin.settings({ writeDelayMs: 0 })
  await admin.writeAsFlow(conversation.id, customerId, { LoyaltyTier: 'Diamond' })
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Diamond')
  await expect(ui.commitButton).toBeDisabled()
  expect(await agentWrites(admin, conversation.id, customerId)).toHaveLength(1)
  expect((await admin.attributes(conversation.id, customerId)).LoyaltyTier).toBe('Diamond')
})

test('defect 4: a flow value that our accepted write replaces while Genesys applies it is named, and can be put back', async ({
  page,
  request,
}) => {
  row = {
    fault: 'flow writes inside the 202 window (4 s apply)',
    phase: 'confirming',
    told: 'Your change replaced Diamond, which someone else wrote + Put back',
  }
  const admin = emulatorAdmin(request)
  await admin.settings({ writeDelayMs: 4000 })
  const { conversation, customerId, ui } = await openCall(page, request)
  await ui.edit('LoyaltyTier', 'Platinum')
  await ui.commit()
  // Our PATCH is accepted (202) and will apply in 4 s; the flow's write lands at once, inside that window.
  await expect.poll(() => agentWrites(admin, conversation.id, customerId)).toHaveLength(1)
  await admin.writeAsFlow(conversation.id, customerId, { LoyaltyTier: 'Diamond' })
  await expect
    .poll(async () => (await admin.attributes(conversation.id, customerId)).LoyaltyTier, { timeout: 10_000 })
    .toBe('Platinum')
  // Ours landed over the flow's value: the agent is told which value was replaced, not left to guess.
  await expect(page.getByText(/Your change to “LoyaltyTier” \(Platinum\) replaced Diamond/)).toBeVisible()
  await page
    .getByRole('button', { name: 'Put back the value of LoyaltyTier that your change replaced' })
    .click()
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Diamond')
  await admin.settings({ writeDelayMs: 0 })
  await ui.commit()
  await expect
    .poll(async () => (await admin.attributes(conversation.id, customerId)).LoyaltyTier, { timeout: 10_000 })
    .toBe('Diamond')
  expect(await agentWrites(admin, conversation.id, customerId)).toHaveLength(2)
})

test('defect 3: a write not confirmed within the window offers "Check again", and is sent again only on request', async ({
  page,
  request,
}) => {
  row = {
    fault: 'apply slower than confirmation window (20 s)',
    phase: 'confirming',
    told: 'Sent, but Genesys Cloud does not show it yet + Check again',
  }
  const admin = emulatorAdmin(request)
  // Applying takes longer than the widget's confirmation window (about 12 s of polling).
  await admin.settings({ writeDelayMs: 20_000 })
  const { conversation, customerId, ui } = await openCall(page, request)
  await ui.edit('LoyaltyTier', 'Platinum')
  await ui.commit()
  await expect(page.getByText('Sent, but Genesys Cloud does not show it yet', { exact: true })).toBeVisible({
    timeout: 20_000,
  })
  await expect(ui.commitButton).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Check the server again for LoyaltyTier' })).toBeVisible()
  // The row and the tab say it waits for the agent now, not for the server.
  const tierRow = ui.table.getByRole('row').filter({ has: ui.valueOf('LoyaltyTier') })
  await expect(tierRow.getByText('Not confirmed', { exact: true })).toBeVisible()
  await expect(page.getByRole('tab', { selected: true })).toContainText('Not confirmed')
  expect(await agentWrites(admin, conversation.id, customerId)).toHaveLength(1)
})

test('outside test 2, D2: a commit whose PATCH a reload cancelled is offered again, and sent once on request', async ({
  page,
  request,
}) => {
  row = {
    fault: 'reload cancels the PATCH before it reaches the server',
    phase: 'commit',
    told: 'Sent, but Genesys Cloud does not show it yet + Send again; row: Not confirmed',
  }
  const { admin, conversation, customerId, ui } = await openCall(page, request)
  // The PATCH never leaves the browser: the reload aborts it.
  let held = 0
  await page.route('**/participants/*/attributes', async (route) => {
    if (route.request().method() !== 'PATCH' || held > 0) return route.fallback()
    held += 1
  })
  await ui.edit('LoyaltyTier', 'Platinum')
  await ui.commit()
  await expect.poll(() => held).toBe(1)
  await page.reload()
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Platinum')
  // Interrupted: the widget cannot know whether it landed, so it watches, then hands the choice to the agent.
  const sendAgain = page.getByRole('button', { name: 'Send LoyaltyTier again' })
  await expect(sendAgain).toBeVisible({ timeout: 20_000 })
  const tierRow = ui.table.getByRole('row').filter({ has: ui.valueOf('LoyaltyTier') })
  await expect(tierRow.getByText('Not confirmed', { exact: true })).toBeVisible()
  expect(await agentWrites(admin, conversation.id, customerId)).toHaveLength(0)
  // Staged again on what the server shows (Gold) and committed like any edit: one PATCH.
  await sendAgain.click()
  await expect
    .poll(async () => (await admin.attributes(conversation.id, customerId)).LoyaltyTier)
    .toBe('Platinum')
  expect(await agentWrites(admin, conversation.id, customerId)).toHaveLength(1)
})

test('defect 7: a call that ends keeps its staged edit on screen, and after a reload it is one click away', async ({
  page,
  request,
}) => {
  // Sign-in, a reload and a commit on a loaded two-core runner: give it room (its teardown once ran out of time).
  test.slow()
  row = {
    fault: 'call ends with a staged edit (own tab)',
    phase: 'idle',
    told: 'Ended; Unsaved changes on: Maria Schneider',
  }
  const admin = emulatorAdmin(request)
  // The seeded world: the agent is on the seeded call and has a message conversation beside it.
  await request.post(`${emulatorOrigin}/__admin/reset`)
  const conversation = { id: SEED.conversations.liveCall.id }
  const customerId = SEED.conversations.liveCall.customerParticipantId
  // A tab of its own: the widget picks the agent's conversation itself (the call).
  await page.goto('/')
  await signInThroughLoginPage(page)
  const ui = editor(page)
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Gold')
  await ui.edit('LoyaltyTier', 'Platinum')
  await admin.endConversation(conversation.id)
  await expect(page.getByText('Ended').first()).toBeVisible()
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Platinum')
  await page.reload()
  // After the reload the ended call is still on screen with its edit; the agent can switch to the live message, and
  // the call is then named under "Unsaved changes on", one click away.
  await expect(page.getByRole('heading', { level: 2, name: /^Maria Schneider/ })).toBeVisible()
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Platinum')
  await page.getByLabel('Conversation', { exact: true }).selectOption({ label: 'Jonas Weber (messages)' })
  const open = page.getByRole('button', { name: /^Open Maria Schneider \(call\).*unsaved changes/ })
  await expect(open).toBeVisible()
  await open.click()
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Platinum')
  await ui.commit()
  await expect
    .poll(() => admin.attributes(conversation.id, customerId))
    .toMatchObject({ LoyaltyTier: 'Platinum' })
  // Close the tab before putting the seeded world back, so the widget is not sent through sign-in again by the
  // reset while the browser context is being torn down.
  await page.close()
  await request.post(`${emulatorOrigin}/__admin/reset`)
})

test('a call that ends while a value is being typed keeps the call and the typed value on screen', async ({
  page,
  request,
}) => {
  test.slow()
  row = {
    fault: 'call ends while a value is typed, not yet staged (own tab)',
    phase: 'typing',
    told: 'Ended; the typed value stays in its editor and stages on Enter',
  }
  const admin = emulatorAdmin(request)
  await request.post(`${emulatorOrigin}/__admin/reset`)
  const conversation = { id: SEED.conversations.liveCall.id }
  const customerId = SEED.conversations.liveCall.customerParticipantId
  // A tab of its own, so the widget picks the conversation and could move on to the agent's message when the call
  // ends (an outside test saw it do so, taking the half-typed value with it).
  await page.goto('/')
  await signInThroughLoginPage(page)
  const ui = editor(page)
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Gold')
  await ui.valueOf('LoyaltyTier').fill('TypedWhenTheCallEnded')
  // The widget learns of the end from the live event and then reads its active conversations again: that read is
  // what would move it on, so the check waits for it to be answered and rendered.
  const activeRead = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/v2/conversations' && response.ok(),
  )
  await admin.endConversation(conversation.id)
  await activeRead
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
  await expect(page.getByText('Ended').first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /^Maria Schneider/ })).toBeVisible()
  await expect(ui.valueOf('LoyaltyTier')).toHaveValue('TypedWhenTheCallEnded')
  await ui.valueOf('LoyaltyTier').press('Enter')
  await expect(page.getByText('1 staged change')).toBeVisible()
  await ui.commit()
  await expect
    .poll(() => admin.attributes(conversation.id, customerId))
    .toMatchObject({ LoyaltyTier: 'TypedWhenTheCallEnded' })
  await page.close()
  await request.post(`${emulatorOrigin}/__admin/reset`)
})

test('defect 9: sign-out with staged edits asks first, then leaves nothing for the next user', async ({
  page,
  request,
}) => {
  row = { fault: 'sign-out with a staged edit', phase: 'idle', told: 'You have 1 unsaved change.' }
  const { ui } = await openCall(page, request)
  await ui.edit('LoyaltyTier', 'Platinum')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByText(/^You have 1 unsaved change\. Signing out discards it/)).toBeVisible()
  await page.getByRole('button', { name: 'Sign out and discard' }).click()
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible()
  const stored = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)))
  expect(stored).not.toContain('Platinum')
  // The next person at this browser signs in as someone else (the emulator's login session ends with the first).
  await request.post(`${emulatorOrigin}/__admin/tokens/revoke`, {
    data: { email: 'agent@example.com', endSessions: true },
  })
  await signInThroughLoginPage(page, 'agent2@example.com')
  // The call is not agent2's, so it is not shown; above all nothing of the first user's edit is.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(/staged/)).toHaveCount(0)
  await expect(page.getByText('Platinum')).toHaveCount(0)
  expect(await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)))).not.toContain('Platinum')
})

test('defect 10: a full sessionStorage never takes the panel down; the commit goes through and the agent is told', async ({
  page,
  request,
}) => {
  row = { fault: 'sessionStorage full', phase: 'staging and commit', told: 'storage for the panel is full' }
  const { admin, conversation, customerId, ui } = await openCall(page, request)
  // Fill this tab's sessionStorage to its quota.
  await page.evaluate(() => {
    // Halving chunks until one character no longer fits: afterwards no write of any size succeeds.
    let index = 0
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size)
      for (;;) {
        try {
          sessionStorage.setItem(`filler-${index++}`, chunk)
        } catch {
          break
        }
      }
    }
  })
  await ui.edit('LoyaltyTier', 'Platinum')
  await ui.edit('IntentDetected', 'x'.repeat(200))
  await expect(page.getByText(/storage for the panel is full/)).toBeVisible()
  await ui.commit()
  await expect
    .poll(() => admin.attributes(conversation.id, customerId))
    .toMatchObject({ LoyaltyTier: 'Platinum' })
  await expect(page.getByRole('grid', { name: 'Participant attributes' })).toBeVisible()
})

test('defect 5: two frames of one tab on one conversation keep, and see, each other’s staged edits', async ({
  page,
  request,
}) => {
  row = {
    fault: 'two frames on one conversation',
    phase: 'staging in both, then reload',
    told: 'both frames show both edits',
  }
  const host = await startDesktopHost({ site: 'same-site' })
  try {
    const admin = emulatorAdmin(request)
    const { conversation } = await admin.createCall({ customerAttributes: ivr })
    const src = `${widgetOrigin}/?${new URLSearchParams({
      gcConversationId: conversation.id,
      gcUsePopupAuth: 'true',
      gcHostOrigin: 'https://apps.mypurecloud.com',
      gcTargetEnv: 'prod',
    })}`
    await page.goto(
      host.pageUrl([
        { src, title: 'Widget A' },
        { src, title: 'Widget B' },
      ]),
    )
    const frameA = page.frameLocator('iframe[title="Widget A"]')
    const frameB = page.frameLocator('iframe[title="Widget B"]')
    const popup = page.waitForEvent('popup')
    await frameA.getByRole('button', { name: 'Sign in', exact: true }).click()
    await signInInPopup(await popup)
    for (const frame of [frameA, frameB]) {
      if (await frame.getByRole('button', { name: 'Sign in', exact: true }).isVisible()) {
        const next = page.waitForEvent('popup')
        await frame.getByRole('button', { name: 'Sign in', exact: true }).click()
        await signInInPopup(await next)
      }
      await expect(frame.getByRole('textbox', { name: 'Value of LoyaltyTier', exact: true })).toHaveValue(
        'Gold',
      )
    }
    await frameA.getByRole('textbox', { name: 'Value of LoyaltyTier', exact: true }).fill('Platinum')
    await frameA.getByRole('textbox', { name: 'Value of LoyaltyTier', exact: true }).press('Enter')
    await frameB.getByRole('textbox', { name: 'Value of IntentDetected', exact: true }).fill('Refund')
    await frameB.getByRole('textbox', { name: 'Value of IntentDetected', exact: true }).press('Enter')
    // Each frame sees what the other staged, and storage holds both.
    await expect(frameA.getByRole('textbox', { name: 'Value of IntentDetected', exact: true })).toHaveValue(
      'Refund',
    )
    await expect(frameB.getByRole('textbox', { name: 'Value of LoyaltyTier', exact: true })).toHaveValue(
      'Platinum',
    )
    await page.reload()
    for (const frame of [frameA, frameB]) {
      await expect(frame.getByRole('textbox', { name: 'Value of LoyaltyTier', exact: true })).toHaveValue(
        'Platinum',
      )
      await expect(frame.getByRole('textbox', { name: 'Value of IntentDetected', exact: true })).toHaveValue(
        'Refund',
      )
    }
    expect(SEED.users.agent.id).toBeTruthy()
  } finally {
    await host.close()
  }
})
