import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { emulatorAdmin } from './support/emulator-admin.ts'
import { editor } from './support/editor.ts'
import { withPolicy } from './support/governance-policy.ts'
import { signInThroughLoginPage } from './support/sign-in.ts'

const attributes = {
  CustomerName: 'Maria Schneider',
  AccountNumber: '4410-2291-77',
  'CRM.ContactId': '003Dn00000QxYz1IAF',
  'Internal.FraudScore': '0.93',
  LoyaltyTier: 'Gold',
}

async function openAs(
  page: Page,
  conversationId: string,
  user: 'agent@example.com' | 'supervisor@example.com',
) {
  await page.goto(`/?gcConversationId=${conversationId}`)
  await signInThroughLoginPage(page, user)
  await expect(editor(page).table).toBeVisible()
  // The role comes from /users/me; until it answers the widget treats everyone as an agent. The tools say which.
  await editor(page).openTools()
  await expect(
    page.getByText(`Signed in as ${user.startsWith('agent') ? 'agent' : 'supervisor'}.`),
  ).toBeVisible()
}

test.describe('attribute policy, bulk corrections and audit against the emulator', () => {
  test('an agent cannot see a hidden name, sees a masked one masked, cannot edit a read-only one', async ({
    page,
    request,
  }) => {
    await withPolicy(page)
    const { conversation } = await emulatorAdmin(request).createCall({ customerAttributes: attributes })
    await openAs(page, conversation.id, 'agent@example.com')
    const ui = editor(page)

    await expect(ui.table.getByText('Internal.FraudScore')).toHaveCount(0)
    await expect(ui.table.getByRole('img', { name: 'Value of AccountNumber is masked' })).toHaveText(
      '••••••••',
    )
    expect(await page.content()).not.toContain('4410-2291-77')
    expect(await page.content()).not.toContain('0.93')
    await expect(ui.cellOf('CRM.ContactId')).toHaveText('003Dn00000QxYz1IAF')
    await expect(ui.table.getByRole('textbox', { name: 'Value of CRM.ContactId' })).toHaveCount(0)
    await page.getByRole('button', { name: 'Actions for CRM.ContactId' }).click()
    await expect(page.getByRole('menuitem', { name: 'Copy value of CRM.ContactId' })).toBeVisible()
    await expect(page.getByRole('menuitem', { name: 'Clear value of CRM.ContactId' })).toHaveCount(0)
    await page.keyboard.press('Escape')
    await expect(ui.valueOf('LoyaltyTier')).toHaveValue('Gold')

    await page.getByLabel('Attribute name', { exact: true }).fill('CRM.CaseId')
    await page.getByLabel('Attribute value', { exact: true }).fill('5005')
    await page.getByRole('button', { name: 'Add attribute' }).click()
    await expect(page.getByText('Your role may not change “CRM.CaseId” (attribute policy).')).toBeVisible()
    await expect(ui.stagedCount).toHaveText('0 staged changes')

    // Reveal shows the value for the policy's time (2 s in this test), then the dots come back.
    await page.getByRole('button', { name: /Reveal value of AccountNumber/ }).click()
    await expect(ui.valueOf('AccountNumber')).toHaveValue('4410-2291-77')
    await expect(ui.table.getByRole('img', { name: 'Value of AccountNumber is masked' })).toBeVisible({
      timeout: 5_000,
    })
    expect(await page.content()).not.toContain('4410-2291-77')
  })

  test('the supervisor sees and edits every name under the same policy', async ({ page, request }) => {
    await withPolicy(page)
    const admin = emulatorAdmin(request)
    const { conversation, customerId } = await admin.createCall({ customerAttributes: attributes })
    await openAs(page, conversation.id, 'supervisor@example.com')
    const ui = editor(page)
    await expect(ui.valueOf('AccountNumber')).toHaveValue('4410-2291-77')
    await expect(ui.valueOf('Internal.FraudScore')).toHaveValue('0.93')
    await ui.edit('CRM.ContactId', '003Dn00000NEW')
    await ui.commit()
    await expect
      .poll(async () => (await admin.attributes(conversation.id, customerId))['CRM.ContactId'])
      .toBe('003Dn00000NEW')
  })

  test('a pasted CSV of 200 corrections is staged, reviewed, sent in one PATCH, and the emulator holds exactly those values', async ({
    page,
    request,
  }) => {
    await withPolicy(page)
    const admin = emulatorAdmin(request)
    const { conversation, customerId } = await admin.createCall({ customerAttributes: attributes })
    await openAs(page, conversation.id, 'supervisor@example.com')
    const ui = editor(page)

    // 198 new names, including values with commas, quotes and line breaks, plus two corrections of existing ones.
    const corrections: [string, string][] = [
      ['LoyaltyTier', 'Platinum'],
      ['AccountNumber', '4410-2291-78'],
    ]
    for (let i = 1; i <= 198; i += 1) {
      const value = i % 3 === 0 ? `Value ${i}, "quoted"` : i % 5 === 0 ? `line one ${i}\nline two` : `V${i}`
      corrections.push([`Bulk.Item${String(i).padStart(3, '0')}`, value])
    }
    const csvField = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)
    const csv = ['name,value', ...corrections.map(([n, v]) => `${csvField(n)},${csvField(v)}`)].join('\n')

    const patches: number[] = []
    page.on('request', (req) => {
      if (req.method() === 'PATCH') patches.push(Buffer.byteLength(req.postData() ?? ''))
    })
    await ui.openTools()
    const started = Date.now()
    await page.getByLabel(/Corrections: a JSON object or CSV\/TSV/).fill(csv)
    await page.getByRole('button', { name: 'Stage corrections' }).click()
    await expect(page.getByText('Staged 200 corrections from CSV.', { exact: false })).toBeVisible()
    await expect(ui.stagedCount).toHaveText('200 staged changes')
    const stagedMs = Date.now() - started

    const dialog = await ui.review()
    await expect(dialog.getByRole('row')).toHaveCount(201)
    await expect(dialog.getByRole('row', { name: /LoyaltyTier/ })).toContainText('Gold')
    await expect(dialog.getByRole('row', { name: /LoyaltyTier/ })).toContainText('Platinum')
    await expect(dialog.getByRole('row', { name: 'Bulk.Item003' })).toContainText('Value 3, "quoted"')
    await expect(dialog.getByRole('row', { name: 'Bulk.Item001' })).toContainText('(not set)')
    const commitStarted = Date.now()
    await dialog.getByRole('button', { name: 'Commit', exact: true }).click()
    await expect(ui.stagedCount).toHaveText('0 staged changes')
    // Genesys applies a PATCH asynchronously (the emulator too): wait until the server holds the last value.
    await expect
      .poll(async () => (await admin.attributes(conversation.id, customerId))['Bulk.Item198'])
      .toBe('Value 198, "quoted"')
    const commitMs = Date.now() - commitStarted
    await expect(page.getByText(/Waiting for Genesys Cloud to show them/)).toHaveCount(0, { timeout: 15_000 })

    const writes = await admin.writes(conversation.id, customerId)
    expect(writes).toHaveLength(1)
    expect(writes[0]?.names).toHaveLength(200)
    const held = await admin.attributes(conversation.id, customerId)
    for (const [name, value] of corrections) expect(held[name], name).toBe(value)
    expect(held.CustomerName).toBe('Maria Schneider')
    expect(patches).toHaveLength(1)
    test.info().annotations.push({
      type: 'figures',
      description: `200 rows: paste+stage ${stagedMs} ms, commit to confirmed ${commitMs} ms, PATCH body ${patches[0]} bytes`,
    })
  })

  test('the audit history shows each commit, with masked values masked', async ({ page, request }) => {
    await withPolicy(page, undefined, { stampAttribute: 'LastEditedBy' })
    const admin = emulatorAdmin(request)
    const { conversation, customerId } = await admin.createCall({ customerAttributes: attributes })
    await openAs(page, conversation.id, 'agent@example.com')
    const ui = editor(page)
    await ui.openTools()
    const history = page.getByRole('region', { name: /History of this conversation/ })
    await expect(history.getByText('No commits from this browser session yet.')).toBeVisible()

    await ui.edit('LoyaltyTier', 'Silver')
    await ui.commit()
    await expect(history.getByRole('listitem')).toHaveCount(1)

    // An agent may write a masked name without seeing it: a bulk correction.
    await page.getByLabel(/Corrections: a JSON object or CSV\/TSV/).fill('{"AccountNumber": "5555-0000-11"}')
    await page.getByRole('button', { name: 'Stage corrections' }).click()
    await ui.commit()
    await expect(history.getByRole('listitem')).toHaveCount(2)

    const newest = history.getByRole('listitem').first()
    await expect(newest).toContainText('Alex Morgan')
    await expect(newest.getByRole('row', { name: /AccountNumber/ })).toContainText('••••••••••••••••')
    const older = history.getByRole('listitem').nth(1)
    await expect(older.getByRole('row', { name: /LoyaltyTier/ })).toContainText('GoldSilver')
    await expect(older.getByRole('row', { name: /LastEditedBy/ })).toContainText('Alex Morgan')
    expect(await page.content()).not.toContain('5555-0000-11')
    expect(await page.content()).not.toContain('4410-2291-77')

    await expect
      .poll(async () => (await admin.attributes(conversation.id, customerId)).AccountNumber)
      .toBe('5555-0000-11')
    expect((await admin.attributes(conversation.id, customerId)).LastEditedBy).toMatch(/^Alex Morgan \d{4}-/)
    // A reload keeps the history (sessionStorage) and still masks.
    await page.reload()
    await ui.openTools()
    await expect(history.getByRole('listitem')).toHaveCount(2)
    expect(await page.content()).not.toContain('5555-0000-11')
  })
})

test.describe('export and file import', () => {
  test('an agent exports what the policy lets them see, and imports a dropped file', async ({
    page,
    request,
  }) => {
    await withPolicy(page)
    const admin = emulatorAdmin(request)
    const { conversation, customerId } = await admin.createCall({ customerAttributes: attributes })
    await openAs(page, conversation.id, 'agent@example.com')
    await editor(page).openTools()

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Export attributes of .* as CSV/ }).click(),
    ])
    const csv = await readFile((await csvDownload.path()) ?? '', 'utf8')
    expect(csv).toContain('AccountNumber,••••••••')
    expect(csv).toContain('CRM.ContactId,003Dn00000QxYz1IAF')
    expect(csv).not.toContain('4410-2291-77')
    expect(csv).not.toContain('Internal.FraudScore')
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Export attributes of .* as JSON/ }).click(),
    ])
    const json = JSON.parse(await readFile((await jsonDownload.path()) ?? '', 'utf8')) as Record<
      string,
      string
    >
    expect(json).toEqual({
      CustomerName: 'Maria Schneider',
      AccountNumber: '••••••••',
      'CRM.ContactId': '003Dn00000QxYz1IAF',
      LoyaltyTier: 'Gold',
    })

    await page.getByLabel('Choose a file').setInputFiles({
      name: 'corrections.tsv',
      mimeType: 'text/tab-separated-values',
      buffer: Buffer.from('name\tvalue\nLoyaltyTier\tSilver\nCaseId\tC-1, urgent\n'),
    })
    await page.getByRole('button', { name: 'Stage corrections' }).click()
    await expect(page.getByText('Staged 2 corrections from TSV.', { exact: false })).toBeVisible()
    await editor(page).commit()
    await expect
      .poll(async () => (await admin.attributes(conversation.id, customerId)).CaseId)
      .toBe('C-1, urgent')
    expect((await admin.attributes(conversation.id, customerId)).LoyaltyTier).toBe('Silver')
  })
})

test.describe('finding a conversation', () => {
  test('a supervisor reopens a recently opened conversation from the list, by keyboard', async ({
    page,
    request,
  }) => {
    await withPolicy(page)
    const admin = emulatorAdmin(request)
    const first = await admin.createCall({
      customerAttributes: { CustomerName: 'First Caller' },
      customerName: 'First Caller',
    })
    const second = await admin.createCall({
      customerAttributes: { CustomerName: 'Second Caller' },
      customerName: 'Second Caller',
    })
    await page.goto('/')
    await signInThroughLoginPage(page, 'supervisor@example.com')
    for (const { conversation } of [first, second]) {
      const link = `https://apps.mypurecloud.ie/directory/#/engage/admin/interactions/${conversation.id}`
      const details = page.locator('details.open-conversation-details')
      if ((await details.count()) > 0 && !(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
        await details.locator('summary').click()
      await page.getByLabel('Conversation ID', { exact: true }).fill(link)
      await page.getByRole('button', { name: 'Open', exact: true }).click()
      await expect(editor(page).valueOf('CustomerName')).toHaveValue(
        conversation.id === first.conversation.id ? 'First Caller' : 'Second Caller',
      )
    }

    const recent = page.getByRole('navigation', { name: 'Recently opened' })
    await expect(recent.getByRole('button')).toHaveCount(2)
    // Labelled as a person recognises it (customer, media, agent, start, state), never by its id.
    const firstButton = recent.getByRole('button', { name: /First Caller · call/ })
    await firstButton.focus()
    await page.keyboard.press('Enter')
    await expect(editor(page).valueOf('CustomerName')).toHaveValue('First Caller')
    await expect(firstButton).toHaveAttribute('aria-current', 'true')
  })

  test('the governed editor fits a 320 px panel', async ({ page, request }) => {
    await withPolicy(page)
    await page.setViewportSize({ width: 320, height: 800 })
    const { conversation } = await emulatorAdmin(request).createCall({ customerAttributes: attributes })
    await openAs(page, conversation.id, 'agent@example.com')
    await editor(page).openTools()
    await expect(page.getByRole('button', { name: 'Stage corrections' })).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
