import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { customAttributesAdmin } from './support/custom-attributes-admin.ts'
import { SEED, emulatorAdmin } from './support/emulator-admin.ts'
import { editor } from './support/editor.ts'
import { testPolicy, withPolicy } from './support/governance-policy.ts'
import { signInThroughLoginPage } from './support/sign-in.ts'

const recordValues = {
  campaignCode: 'SPRING-24',
  disputedAmount: 129.9,
  callbackRequested: false,
  disputeReason: 'wrong-amount',
  followUpAt: '2026-12-02T09:30:00.000Z',
  caseSummary: 'Customer says order A-100482 was charged twice.',
}

/** A private call with one conversation-data record (version 1), opened embedded by the signed-in agent. */
async function openCallWithRecord(page: Page, request: APIRequestContext) {
  const { conversation } = await emulatorAdmin(request).createCall({
    customerAttributes: { CustomerName: 'Maria' },
  })
  const ca = customAttributesAdmin(request)
  const recordId = `rec-${conversation.id}`
  const created = await ca.write(conversation.id, {
    id: recordId,
    mode: 'put',
    customAttributes: recordValues,
  })
  expect(created.version).toBe(1)
  await page.goto(`/?gcConversationId=${conversation.id}`)
  await signInThroughLoginPage(page)
  const section = page.getByRole('region', { name: 'Conversation data' })
  await expect(section.getByLabel('Disputed amount')).toHaveValue('129.9')
  return { ca, conversationId: conversation.id, recordId, section }
}

test.describe('conversation data (custom attributes) against the emulator', () => {
  test('an agent edits a number, an enum and a boolean, commits one PATCH with the read version, and resolves a concurrent change', async ({
    page,
    request,
  }) => {
    const { ca, conversationId, recordId, section } = await openCallWithRecord(page, request)

    await section.getByLabel('Disputed amount').fill('12a')
    await expect(section.getByRole('alert')).toContainText('Disputed amount must be a number')
    await section.getByLabel('Disputed amount').fill('64,95')
    await expect(section.getByRole('alert')).toHaveCount(0)
    await section.getByLabel('Dispute reason').selectOption({ label: 'Duplicate charge' })
    await section.getByRole('switch', { name: 'Callback requested' }).check()
    await expect(section.getByText('3 staged')).toBeVisible()

    await section.getByRole('button', { name: 'Review conversation data changes' }).click()
    const review = section.getByRole('table', { name: 'Conversation data changes' })
    await expect(review.getByRole('row')).toHaveCount(4)
    await expect(review.getByRole('row', { name: /Dispute reason/ })).toContainText('Wrong amount')
    await expect(review.getByRole('row', { name: /Dispute reason/ })).toContainText('Duplicate charge')

    // The PATCH is held for a moment on its way in; meanwhile another writer changes the dispute reason.
    await ca.fault({
      target: 'http',
      method: 'PATCH',
      path: '/api/v2/conversations/*/customattributes',
      fault: { type: 'delay', ms: 1500 },
    })
    const firstPatch = page.waitForRequest(
      (r) => r.method() === 'PATCH' && r.url().endsWith('/customattributes'),
    )
    await section.getByRole('button', { name: 'Commit conversation data' }).click()
    expect((await firstPatch).postDataJSON()).toEqual({
      id: recordId,
      version: 1,
      customAttributes: { disputedAmount: 64.95, disputeReason: 'duplicate-charge', callbackRequested: true },
    })
    await ca.write(conversationId, {
      id: recordId,
      customAttributes: { disputeReason: 'fraud' },
      by: 'crm-sync',
    })

    const conflict = section.getByRole('alert', { name: 'Changed by someone else while you edited' })
    await expect(conflict).toContainText('refused the write')
    await expect(conflict).toContainText('Yours: Duplicate charge')
    await expect(conflict).toContainText('Theirs: Suspected fraud')
    await expect(section.getByRole('button', { name: 'Commit conversation data' })).toBeDisabled()
    await section.screenshot({ path: 'docs/screenshots/conversation-data-conflict-1280.png' })

    await conflict.getByRole('button', { name: 'Keep mine for Dispute reason' }).click()
    await expect(conflict).toHaveCount(0)
    const secondPatch = page.waitForRequest(
      (r) => r.method() === 'PATCH' && r.url().endsWith('/customattributes'),
    )
    await section.getByRole('button', { name: 'Commit conversation data' }).click()
    expect((await secondPatch).postDataJSON()).toMatchObject({ id: recordId, version: 2 })
    await expect(section.getByRole('status').filter({ hasText: '3 fields written.' })).toBeVisible()

    const state = await ca.state()
    const record = state.records.find((r) => r.id === recordId)
    expect(record).toMatchObject({
      version: 3,
      customAttributes: {
        ...recordValues,
        disputedAmount: 64.95,
        disputeReason: 'duplicate-charge',
        callbackRequested: true,
      },
    })
    const writes = state.writeLog.filter((w) => w.recordId === recordId)
    expect(writes.map((w) => [w.method, w.by, w.versionSent, w.outcome])).toEqual([
      ['PUT', 'crm-sync', undefined, 'applied'],
      ['PATCH', 'crm-sync', undefined, 'applied'],
      ['PATCH', SEED.users.agent.id, 1, 'stale'],
      ['PATCH', SEED.users.agent.id, 2, 'applied'],
    ])
    expect(writes.at(-1)?.names.sort()).toEqual(['callbackRequested', 'disputeReason', 'disputedAmount'])
  })

  test('a bulk correction stages two typed fields, commits one PATCH with the version, and shows in the tools’ history', async ({
    page,
    request,
  }) => {
    const { ca, conversationId, recordId, section } = await openCallWithRecord(page, request)
    await section.getByRole('button', { name: /^More for .+: export, bulk corrections$/ }).click()
    await section
      .getByRole('textbox', { name: /^Bulk corrections for / })
      .fill('field,value\ndisputedAmount,"64,95"\nCallback requested,yes')
    await section.getByRole('button', { name: 'Stage corrections' }).click()
    await expect(section.getByText('2 changes staged: review them, then commit.')).toBeVisible()
    await expect(section.getByText('2 staged')).toBeVisible()
    await expect(section.getByRole('switch', { name: 'Callback requested' })).toBeChecked()

    const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().endsWith('/customattributes'))
    await section.getByRole('button', { name: 'Review conversation data changes' }).click()
    await section.getByRole('button', { name: 'Commit conversation data' }).click()
    expect((await patch).postDataJSON()).toEqual({
      id: recordId,
      version: 1,
      customAttributes: { disputedAmount: 64.95, callbackRequested: true },
    })
    await expect(section.getByText('Saved to the conversation data: 2 fields written.')).toBeVisible()
    const stored = (await ca.state()).records.find((r) => r.id === recordId)
    expect(stored).toMatchObject({
      conversationId,
      version: 2,
      customAttributes: { ...recordValues, disputedAmount: 64.95, callbackRequested: true },
    })

    await editor(page).openTools()
    const history = page.getByRole('region', { name: /History of this conversation/ })
    const entry = history.getByRole('listitem').first()
    await expect(entry).toContainText('Conversation data “')
    await expect(entry.getByRole('row', { name: /disputedAmount/ })).toContainText('129.9')
    await expect(entry.getByRole('row', { name: /disputedAmount/ })).toContainText('64.95')
    await expect(entry.getByRole('row', { name: /callbackRequested/ })).toContainText('true')
  })

  test('staged edits survive a reload; a required field emptied is refused by name', async ({
    page,
    request,
  }) => {
    const { section } = await openCallWithRecord(page, request)
    await section.getByRole('textbox', { name: 'Campaign code (required)' }).fill('')
    await expect(section.getByRole('alert')).toContainText('Campaign code is required')
    await section.getByRole('textbox', { name: 'Campaign code (required)' }).fill('AUTUMN-25')
    await page.reload()
    await expect(section.getByRole('textbox', { name: 'Campaign code (required)' })).toHaveValue('AUTUMN-25')
    await expect(section.getByText('1 staged')).toBeVisible()
  })

  test('a commit that landed but whose answer was lost under a reload is settled as saved, not staged and sent again', async ({
    page,
    request,
  }) => {
    const { ca, recordId, section } = await openCallWithRecord(page, request)
    const code = section.getByRole('textbox', { name: 'Campaign code (required)' })
    await code.fill('AGENT-CODE')
    await code.press('Enter')
    // The PATCH reaches the emulator and is applied, but its answer is held until the page has gone.
    let patches = 0
    await page.route('**/customattributes', async (route) => {
      if (route.request().method() !== 'PATCH') return route.continue()
      patches++
      const answer = await route.fetch()
      await new Promise((resolve) => setTimeout(resolve, 4000))
      await route.fulfill({ response: answer }).catch(() => undefined)
    })
    await section.getByRole('button', { name: 'Review conversation data changes' }).click()
    await section.getByRole('button', { name: 'Commit conversation data' }).click()
    await expect.poll(async () => (await ca.state()).records.find((r) => r.id === recordId)?.version).toBe(2)
    await page.reload()

    await expect(section.getByRole('heading', { name: /version 2/ })).toBeVisible()
    await expect(code).toHaveValue('AGENT-CODE')
    await expect(section.getByText(/^\d+ staged$/)).toHaveCount(0)
    await expect(section.getByRole('button', { name: 'Review conversation data changes' })).toHaveCount(0)
    await expect(
      section.getByText('Saved ✓ Campaign code. Its answer was lost, but the server shows it.'),
    ).toBeVisible()
    const state = await ca.state()
    expect(state.records.find((r) => r.id === recordId)).toMatchObject({
      version: 2,
      customAttributes: { ...recordValues, campaignCode: 'AGENT-CODE' },
    })
    const ours = state.writeLog.filter((w) => w.recordId === recordId && w.by === SEED.users.agent.id)
    expect(ours.map((w) => [w.method, w.versionSent, w.outcome])).toEqual([['PATCH', 1, 'applied']])
    expect(patches).toBe(1)
  })

  test('an agent sees a masked field as dots and not a hidden one; the policy matches fields by key like attribute names', async ({
    page,
    request,
  }) => {
    await withPolicy(page, {
      ...testPolicy,
      rules: [
        ...testPolicy.rules,
        { match: 'disputedAmount', agent: 'masked' },
        { match: 'caseSummary', agent: 'hidden' },
        { match: 'campaignCode', agent: 'read-only' },
      ],
    })
    const { conversation } = await emulatorAdmin(request).createCall({
      customerAttributes: { CustomerName: 'Maria' },
    })
    const recordId = `rec-${conversation.id}`
    await customAttributesAdmin(request).write(conversation.id, {
      id: recordId,
      mode: 'put',
      customAttributes: recordValues,
    })
    await page.goto(`/?gcConversationId=${conversation.id}`)
    await signInThroughLoginPage(page)
    const section = page.getByRole('region', { name: 'Conversation data' })

    await expect(section.getByLabel('Disputed amount')).toHaveText('••••••••')
    await expect(section.getByRole('textbox', { name: 'Disputed amount' })).toHaveCount(0)
    await expect(section.getByText('1 field of this record is hidden by the attribute policy.')).toBeVisible()
    await expect(section.getByLabel('Case summary')).toHaveCount(0)
    await expect(section.getByRole('textbox', { name: 'Campaign code (required)' })).toBeDisabled()
    await expect(
      section.getByText('Your role may not change “Campaign code” (attribute policy).'),
    ).toBeVisible()
    const html = await page.content()
    expect(html).not.toContain('129.9')
    expect(html).not.toContain('A-100482')
    expect(html).not.toContain('Case summary')

    // The fields the policy leaves editable still commit, and the PATCH carries only them.
    await section.getByRole('switch', { name: 'Callback requested' }).check()
    await section.getByRole('button', { name: 'Review conversation data changes' }).click()
    const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().endsWith('/customattributes'))
    await section.getByRole('button', { name: 'Commit conversation data' }).click()
    expect((await patch).postDataJSON()).toEqual({
      id: recordId,
      version: 1,
      customAttributes: { callbackRequested: true },
    })
    await expect(section.getByRole('status').filter({ hasText: '1 field written.' })).toBeVisible()
    await section.screenshot({ path: 'docs/screenshots/conversation-data-policy-agent-1280.png' })
  })

  test('without the view permission the section says so in one line and the participant data still shows', async ({
    page,
    request,
  }) => {
    const ca = customAttributesAdmin(request)
    const permission = 'conversation:customAttributes:view'
    await ca.permissions(SEED.users.agent.id, { revoke: [permission] })
    try {
      const { conversation } = await emulatorAdmin(request).createCall({
        customerAttributes: { CustomerName: 'Ana' },
      })
      await page.goto(`/?gcConversationId=${conversation.id}`)
      await signInThroughLoginPage(page)
      await expect(page.getByRole('textbox', { name: 'Value of CustomerName', exact: true })).toHaveValue(
        'Ana',
      )
      const section = page.getByRole('region', { name: 'Conversation data' })
      await expect(section).toContainText('lacks the permission conversation:customAttributes:view')
      await expect(section.getByRole('textbox')).toHaveCount(0)
    } finally {
      await ca.permissions(SEED.users.agent.id, { grant: [permission] })
    }
  })

  test('screenshots of the section at 360 and 1280 px, and no axe violations', async ({ page, request }) => {
    const { section } = await openCallWithRecord(page, request)
    await section.getByLabel('Disputed amount').fill('64.95')
    await section.getByRole('button', { name: 'Review conversation data changes' }).click()
    mkdirSync('docs/screenshots', { recursive: true })
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      await section.scrollIntoViewIfNeeded()
      await section.screenshot({ path: `docs/screenshots/conversation-data-${width}.png` })
    }
    const axe = await new AxeBuilder({ page }).include('.ca-section').analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

    // Export and bulk corrections opened at 360 px: they fit the panel, with no sideways scroll.
    await page.setViewportSize({ width: 360, height: 900 })
    await section.getByRole('button', { name: /^More for / }).click()
    const bulk = section.getByRole('textbox', { name: /^Bulk corrections for / })
    await bulk.fill('disputedAmount,12x\nnope,1')
    await section.getByRole('button', { name: 'Stage corrections' }).click()
    await expect(
      section.getByText('Line 1: Disputed amount must be a number', { exact: false }),
    ).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await bulk.scrollIntoViewIfNeeded()
    await section.screenshot({ path: 'docs/screenshots/conversation-data-more-360.png' })
    const axeMore = await new AxeBuilder({ page }).include('.ca-section').analyze()
    expect(axeMore.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })
})
