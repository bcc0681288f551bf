import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { emulatorAdmin, emulatorOrigin, SEED } from './support/emulator-admin.ts'
import { editor } from './support/editor.ts'
import { signInInPopup, signInThroughLoginPage } from './support/sign-in.ts'

const ivrAttributes = {
  CustomerName: 'Maria Schneider',
  LoyaltyTier: 'Gold',
  IntentDetected: 'BillingDispute',
}

/** Counts the widget's trips to the login page, so a test can see a renewal happen. */
function countAuthorizeRequests(page: Page): () => number {
  let count = 0
  page.context().on('request', (request) => {
    if (request.url().startsWith(`${emulatorOrigin}/oauth/authorize`)) count += 1
  })
  return () => count
}

/**
 * Waits until the panel's own reads of a first paint are done (live updates connected, conversation data read), so
 * that after a revocation the commit's request is the first to meet a 401. On a loaded machine the conversation
 * data chunk's read came after the revocation, its 401 opened the re-authentication popup in the same instant as
 * the click on Commit, and Playwright's pause of that new popup swallowed the click.
 */
async function backgroundReadsSettled(page: Page): Promise<void> {
  await expect(page.getByText('Live', { exact: true })).toBeVisible()
  await expect(page.getByText('No conversation data has been recorded for this conversation.')).toBeVisible()
}

/** Tokens of `seconds`, a call, and the agent signed in on it in its own tab; counts the trips to the login page. */
async function signInWithShortTokens(page: Page, request: APIRequestContext, seconds: number) {
  const admin = emulatorAdmin(request)
  await admin.settings({ tokenLifetimeSeconds: seconds })
  const { conversation, customerId } = await admin.createCall({ customerAttributes: ivrAttributes })
  const authorizeTrips = countAuthorizeRequests(page)
  await page.goto(`/?gcConversationId=${conversation.id}`)
  await signInThroughLoginPage(page)
  return { admin, conversation, customerId, authorizeTrips, ui: editor(page) }
}

test.afterEach(async ({ request }) => {
  await emulatorAdmin(request).settings({ tokenLifetimeSeconds: 86_400 })
})

test.describe('session life', () => {
  test('with a token of a few seconds, an agent with staged edits keeps working across expiry and renewal', async ({
    page,
    request,
  }) => {
    const { admin, conversation, customerId, authorizeTrips, ui } = await signInWithShortTokens(
      page,
      request,
      8,
    )
    await ui.edit('LoyaltyTier', 'Platinum')
    await expect(ui.stagedCount).toHaveText('1 staged change')

    // Two lifetimes: each renewal is a redirect that the live login session answers at once.
    await expect.poll(authorizeTrips, { timeout: 20_000 }).toBeGreaterThanOrEqual(3)
    await expect(ui.table).toBeVisible()
    await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Platinum')
    await expect(ui.stagedCount).toHaveText('1 staged change')
    expect(page.url()).not.toMatch(/code=|state=/)
    expect(page.url()).toContain(`gcConversationId=${conversation.id}`)

    await ui.commit()
    await expect
      .poll(async () => (await admin.attributes(conversation.id, customerId)).LoyaltyTier)
      .toBe('Platinum')
  })

  test('in its own tab, the renewal waits while a value is being typed, and follows once it is staged', async ({
    page,
    request,
  }) => {
    const { admin, conversation, customerId, authorizeTrips, ui } = await signInWithShortTokens(
      page,
      request,
      10,
    )
    const signInTrips = authorizeTrips()
    // The renewal is due 8 s after sign-in; the agent types past it, and past the token's end at 10 s.
    await ui.valueOf('IntentDetected').click()
    // A click puts the caret after the value: the letters go on from it.
    let typed = ivrAttributes.IntentDetected
    for (let i = 0; i < 40; i += 1) {
      const letter = String.fromCharCode(97 + (i % 26))
      await page.keyboard.type(letter)
      typed += letter
      await page.waitForTimeout(300)
    }
    expect(authorizeTrips()).toBe(signInTrips)
    await expect(ui.valueOf('IntentDetected')).toHaveValue(typed)
    await expect(ui.valueOf('IntentDetected')).toBeFocused()
    // Staged, the text is safe in storage: the renewal goes now, and the edit comes back with the page.
    await page.keyboard.press('Enter')
    await expect.poll(authorizeTrips, { timeout: 10_000 }).toBeGreaterThan(signInTrips)
    await expect(ui.valueOf('IntentDetected')).toHaveValue(typed)
    await expect(ui.stagedCount).toHaveText('1 staged change')
    await ui.commit()
    await expect
      .poll(async () => (await admin.attributes(conversation.id, customerId)).IntentDetected)
      .toBe(typed)
  })

  test('in popup mode, a token revoked mid-work is replaced by re-authenticating, and the commit goes through', async ({
    page,
    request,
  }) => {
    const admin = emulatorAdmin(request)
    const { conversation, customerId } = await admin.createCall({ customerAttributes: ivrAttributes })
    await page.goto(`/?gcConversationId=${conversation.id}&gcUsePopupAuth=true`)
    const popupOpened = page.waitForEvent('popup')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    const popup = await popupOpened
    await popup.waitForURL((url) => url.origin === emulatorOrigin)
    await popup.getByLabel('agent@example.com', { exact: false }).check()
    await popup.getByRole('button', { name: 'Sign in', exact: true }).click()
    const ui = editor(page)
    await ui.edit('IntentDetected', 'PaymentArrangement')
    await expect(ui.stagedCount).toHaveText('1 staged change')
    await backgroundReadsSettled(page)

    // Genesys ended the token (an admin revoked it, or the HIPAA idle timeout); the login session still lives.
    await request.post(`${emulatorOrigin}/__admin/tokens/revoke`, { data: { email: 'agent@example.com' } })
    // The commit's 401 leads to a popup, which the live login session answers at once: it closes by itself, and
    // the commit is sent once more with the new token. The widget opens that popup itself while the click's user
    // activation (about 5 s in Chromium) still holds; on a loaded machine it may have lapsed, the browser blocks
    // the popup, and the widget asks the agent to renew instead. Both paths must end with the commit on the server.
    const renew = page.getByRole('button', { name: 'Renew', exact: true })
    const reauthPopup = page.waitForEvent('popup').catch(() => undefined)
    await ui.commit()
    const promptedFirst = await Promise.race([
      reauthPopup.then(() => false),
      renew.waitFor({ state: 'visible' }).then(
        () => true,
        () => false,
      ),
    ])
    if (promptedFirst) await renew.click()
    await expect
      .poll(async () => (await admin.attributes(conversation.id, customerId)).IntentDetected)
      .toBe('PaymentArrangement')
    await expect(ui.stagedCount).toHaveText('0 staged changes')
  })
})

test.describe('staged edits belong to the user who staged them', () => {
  test("after a forced sign-out the next agent in the tab neither sees nor commits the first agent's edits, which come back for their owner", async ({
    page,
    request,
  }) => {
    const admin = emulatorAdmin(request)
    // A call both agents are on (a consult, a transfer): each of them may open it.
    const { conversation, customerId } = await admin.createCall({ customerAttributes: ivrAttributes })
    await request.post(`${emulatorOrigin}/__admin/conversations/${conversation.id}/participants`, {
      data: { purpose: 'agent', userId: SEED.users.agent2.id },
    })
    await page.goto(`/?gcConversationId=${conversation.id}`)
    await signInThroughLoginPage(page, 'agent@example.com')
    const ui = editor(page)
    await ui.edit('LoyaltyTier', 'AGENT1-SECRET')
    await expect(ui.stagedCount).toHaveText('1 staged change')
    await backgroundReadsSettled(page)

    // Genesys ends the agent's token and login session: the next request's 401 takes the tab to the login page.
    // That is the commit's, unless one of the widget's own reads (a live-update reconnect, a refetch) reached the
    // server first and already left; on a loaded CI machine it did. Either way nothing may be written.
    const leftForLoginPage = page.waitForURL((url) => url.origin === emulatorOrigin)
    await request.post(`${emulatorOrigin}/__admin/tokens/revoke`, {
      data: { email: 'agent@example.com', endSessions: true },
    })
    await ui.commitButton.click({ timeout: 3_000 }).catch(async (error: unknown) => {
      // Only the page having left for the login page excuses a click that did not happen.
      await leftForLoginPage.catch(() => {
        throw error
      })
    })
    await leftForLoginPage
    await page.getByLabel('agent2@example.com', { exact: false }).check()
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL((url) => url.origin !== emulatorOrigin)

    await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Gold')
    await expect(page.getByText('AGENT1-SECRET')).toHaveCount(0)
    await expect(ui.stagedCount).toHaveText('0 staged changes')
    await expect(ui.commitButton).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
    // Signing out with nothing of theirs staged asks nothing: the first agent's edit is not counted either.
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('alertdialog')).toHaveCount(0)
    expect((await admin.attributes(conversation.id, customerId)).LoyaltyTier).toBe('Gold')
    expect(await admin.writes(conversation.id, customerId)).toEqual([])

    // The owner signs back in in this tab (agent2's login session ended too): their edit is there, theirs to commit.
    await request.post(`${emulatorOrigin}/__admin/tokens/revoke`, {
      data: { email: 'agent2@example.com', endSessions: true },
    })
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL((url) => url.origin === emulatorOrigin)
    await page.getByLabel('agent@example.com', { exact: false }).check()
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL((url) => url.origin !== emulatorOrigin)
    await expect(ui.valueOf('LoyaltyTier')).toHaveValue('AGENT1-SECRET')
    await expect(ui.stagedCount).toHaveText('1 staged change')
  })
  test('when users/me fails at sign-in, the agent is told why Commit waits, and the edit commits once it answers', async ({
    page,
    request,
  }) => {
    const admin = emulatorAdmin(request)
    const { conversation, customerId } = await admin.createCall({ customerAttributes: ivrAttributes })
    // The first read and both of its retries fail; the read after them succeeds.
    await admin.fault({
      target: 'http',
      method: 'GET',
      path: '/api/v2/users/me',
      times: 3,
      fault: { type: 'status', status: 503 },
    })
    await page.goto(`/?gcConversationId=${conversation.id}`)
    await signInThroughLoginPage(page, 'agent@example.com')
    const ui = editor(page)
    await ui.edit('LoyaltyTier', 'Platinum')
    const notice = page.getByRole('alert').filter({ hasText: 'Genesys Cloud has not said who is signed in' })
    await expect(notice).toBeVisible({ timeout: 15_000 })
    await expect(notice).toContainText(
      'Your staged changes are kept; Commit and live updates wait until it does.',
    )
    await expect(ui.commitButton).toBeDisabled()
    await expect(ui.stagedCount).toHaveText('1 staged change')

    await notice.getByRole('button', { name: 'Try again' }).click()
    await expect(notice).toHaveCount(0)
    await expect(page.getByText('Live', { exact: true })).toBeVisible()
    await ui.commit()
    await expect
      .poll(async () => (await admin.attributes(conversation.id, customerId)).LoyaltyTier)
      .toBe('Platinum')
  })

  test("in popup mode, an agent who re-signs in as someone else after a forced sign-out does not get the first agent's edits", async ({
    page,
    request,
  }) => {
    const admin = emulatorAdmin(request)
    const { conversation, customerId } = await admin.createCall({ customerAttributes: ivrAttributes })
    await request.post(`${emulatorOrigin}/__admin/conversations/${conversation.id}/participants`, {
      data: { purpose: 'agent', userId: SEED.users.agent2.id },
    })
    await page.goto(`/?gcConversationId=${conversation.id}&gcUsePopupAuth=true`)
    const signInPopup = page.waitForEvent('popup')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await signInInPopup(await signInPopup, 'agent@example.com')
    const ui = editor(page)
    await ui.edit('LoyaltyTier', 'AGENT1-SECRET')
    await expect(ui.stagedCount).toHaveText('1 staged change')
    await backgroundReadsSettled(page)

    await request.post(`${emulatorOrigin}/__admin/tokens/revoke`, {
      data: { email: 'agent@example.com', endSessions: true },
    })
    // The commit's 401 opens the login page in a popup (or, with the click's activation spent, the prompt's Renew).
    const reauthPopup = page.waitForEvent('popup')
    await ui.commit()
    const renew = page.getByRole('button', { name: 'Renew', exact: true })
    const popup = await Promise.race([
      reauthPopup,
      renew.waitFor({ state: 'visible' }).then(async () => {
        await renew.click()
        return reauthPopup
      }),
    ])
    await signInInPopup(popup, 'agent2@example.com')

    await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Gold')
    await expect(ui.stagedCount).toHaveText('0 staged changes')
    await expect(ui.commitButton).toBeDisabled()
    await expect(page.getByText('AGENT1-SECRET')).toHaveCount(0)
    expect(await admin.writes(conversation.id, customerId)).toEqual([])
  })
})

test.describe('sign-out ends the Genesys login session', () => {
  test('after Sign out, Sign in shows the login page and the next agent can choose themselves', async ({
    page,
    request,
  }) => {
    const admin = emulatorAdmin(request)
    const { conversation } = await admin.createCall({ customerAttributes: ivrAttributes })
    await request.post(`${emulatorOrigin}/__admin/conversations/${conversation.id}/participants`, {
      data: { purpose: 'agent', userId: SEED.users.agent2.id },
    })
    const logouts: string[] = []
    page.on('request', (sent) => {
      if (sent.url().startsWith(`${emulatorOrigin}/logout`)) logouts.push(sent.url())
    })
    await page.goto(`/?gcConversationId=${conversation.id}`)
    await signInThroughLoginPage(page, 'agent@example.com')
    await page.getByRole('button', { name: 'Sign out' }).click()

    // Through the login host's /logout and back, signed out, with the conversation still in the URL.
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible()
    expect(logouts).toHaveLength(1)
    expect(logouts[0]).not.toMatch(/access_token|code=/)
    expect(new URL(page.url()).searchParams.get('gcConversationId')).toBe(conversation.id)
    const cookies = await page.context().cookies(emulatorOrigin)
    expect(cookies.filter((cookie) => cookie.name === 'gc_emulator_session')).toEqual([])

    // The login page, not a silent return of the agent who left.
    await signInThroughLoginPage(page, 'agent2@example.com')
    await expect(editor(page).valueOf('LoyaltyTier')).toHaveValue('Gold')
  })

  test('Sign out in one tab ends the other tab’s token too: it cannot write as the agent who left', async ({
    page,
    request,
  }) => {
    const admin = emulatorAdmin(request)
    const { conversation, customerId } = await admin.createCall({ customerAttributes: ivrAttributes })
    // Tokens are told apart by what the emulator shows of them (never the token itself); earlier tests left some.
    const liveTokens = async () =>
      ((await admin.state()) as { tokens: Array<{ revoked: boolean }> }).tokens
        .filter((token) => !token.revoked)
        .map((token) => JSON.stringify(token))
    const before = new Set(await liveTokens())
    await page.goto(`/?gcConversationId=${conversation.id}`)
    await signInThroughLoginPage(page, 'agent@example.com')
    const first = editor(page)
    await first.edit('LoyaltyTier', 'Platinum-T1')
    // A second tab of the same browser: the live login session signs it in at once, with a token of its own.
    const secondTab = await page.context().newPage()
    await secondTab.goto(`/?gcConversationId=${conversation.id}`)
    await secondTab.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(secondTab.getByRole('button', { name: 'Sign out' })).toBeVisible()
    await secondTab.getByRole('button', { name: 'Sign out' }).click()
    await expect(secondTab.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible()

    // The first tab keeps its screen and its edit, says the session ended, and has no token to write with.
    await expect(page.getByText('Your Genesys session has ended.', { exact: false })).toBeVisible()
    await expect(first.valueOf('LoyaltyTier')).toHaveValue('Platinum-T1')
    expect((await liveTokens()).filter((token) => !before.has(token))).toEqual([])
    await first.commit().catch(() => undefined)
    await page.waitForTimeout(1_000)
    expect(await admin.writes(conversation.id, customerId)).toEqual([])
    await secondTab.close()
  })
})
