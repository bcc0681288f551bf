import { expect, test, type FrameLocator, type Page } from '@playwright/test'
import { startDesktopHost, type DesktopHost } from './support/desktop-host.ts'
import { SEED, emulatorAdmin, widgetOrigin, type EmulatorAdmin } from './support/emulator-admin.ts'
import { signInInPopup, signInThroughLoginPage } from './support/sign-in.ts'

/*
 * The agent desktop opens a widget frame per interaction. Genesys keeps about 20 notification channels per user
 * and app, so the frames of a tab must share one channel, and a reload must reuse it rather than make another.
 * The desktop frames the widget cross-site, where this Chromium blocks storage (and with it Web Locks): sharing
 * must work over BroadcastChannel alone, and the successor learns the channel from the leader, not from storage.
 */

interface ChannelSummary {
  id: string
  owner: string
  expired: boolean
  connectedSockets: number
}

let host: DesktopHost
test.beforeAll(async () => {
  host = await startDesktopHost()
})
test.afterAll(async () => {
  await host.close()
})

const launch = (conversationId: string) =>
  `${widgetOrigin}/?${new URLSearchParams({
    gcConversationId: conversationId,
    gcLangTag: 'en-us',
    gcHostOrigin: 'https://apps.mypurecloud.com',
    gcTargetEnv: 'prod',
    gcUsePopupAuth: 'true',
  })}`

async function signInFromFrame(page: Page, frame: FrameLocator) {
  const popupOpened = page.waitForEvent('popup')
  await frame.getByRole('button', { name: 'Sign in', exact: true }).click()
  await signInInPopup(await popupOpened)
}

/** The agent's channels made after `before` was taken, as the emulator sees them. */
async function newAgentChannels(admin: EmulatorAdmin, before: readonly string[]) {
  const state = (await admin.state()) as { channels: ChannelSummary[] }
  return state.channels
    .filter((c) => c.owner === SEED.users.agent.id && !before.includes(c.id))
    .map((c) => [c.id, c.expired, c.connectedSockets] as const)
}

async function agentChannelIds(admin: EmulatorAdmin): Promise<string[]> {
  const state = (await admin.state()) as { channels: ChannelSummary[] }
  return state.channels.filter((c) => c.owner === SEED.users.agent.id).map((c) => c.id)
}

test('widget frames in one desktop tab share one notification channel, and hand it over when the leader goes', async ({
  page,
  request,
}) => {
  const admin = emulatorAdmin(request)
  const calls = await Promise.all(
    ['Maria Schneider', 'Jonas Weber', 'Ada Okafor'].map((customerName) =>
      admin.createCall({ customerName, customerAttributes: { Intent: 'Billing' } }),
    ),
  )
  const before = await agentChannelIds(admin)
  const channels = () => newAgentChannels(admin, before)

  const titles = ['First call', 'Second call', 'Third call']
  await page.goto(
    host.pageUrl(
      calls.map(({ conversation }, i) => ({ src: launch(conversation.id), title: titles[i] ?? '' })),
    ),
  )
  const frames = titles.map((title) => page.frameLocator(`iframe[title="${title}"]`))
  await signInFromFrame(page, frames[0]!)
  for (const frame of frames) await expect(frame.getByText('Live', { exact: true })).toBeVisible()

  // One channel for three frames, with one socket.
  await expect
    .poll(async () => (await channels()).map(([, expired, sockets]) => [expired, sockets]))
    .toEqual([[false, 1]])
  const [[sharedId] = []] = await channels()

  // A flow write to each call reaches its own frame through the one socket.
  for (const [i, { conversation, customerId }] of calls.entries()) {
    await admin.writeAsFlow(conversation.id, customerId, { Intent: `Flow ${i}` })
    await expect(frames[i]!.getByRole('textbox', { name: 'Value of Intent', exact: true })).toHaveValue(
      `Flow ${i}`,
    )
  }

  // The frame holding the socket goes (the agent wraps up that interaction): another frame takes over the channel.
  await page.evaluate(() => document.querySelector('iframe[title="First call"]')?.remove())
  const [, second, third] = calls
  await admin.writeAsFlow(second!.conversation.id, second!.customerId, { Intent: 'After hand-over' })
  await expect(frames[1]!.getByRole('textbox', { name: 'Value of Intent', exact: true })).toHaveValue(
    'After hand-over',
  )
  await admin.writeAsFlow(third!.conversation.id, third!.customerId, { Intent: 'Also live' })
  await expect(frames[2]!.getByRole('textbox', { name: 'Value of Intent', exact: true })).toHaveValue(
    'Also live',
  )
  expect(await channels()).toEqual([[sharedId, false, 1]])
})

test('a reload reconnects to the remembered channel instead of making a new one', async ({
  page,
  request,
}) => {
  const admin = emulatorAdmin(request)
  const { conversation, customerId } = await admin.createCall({ customerAttributes: { Intent: 'Billing' } })
  const before = await agentChannelIds(admin)
  const channels = () => newAgentChannels(admin, before)

  await page.goto(`/?gcConversationId=${conversation.id}`)
  await signInThroughLoginPage(page)
  await expect(page.getByText('Live', { exact: true })).toBeVisible()
  await expect.poll(channels).toHaveLength(1)
  const [[channelId] = []] = await channels()

  for (let reload = 1; reload <= 3; reload++) {
    await page.reload()
    await expect(page.getByText('Live', { exact: true })).toBeVisible()
    await admin.writeAsFlow(conversation.id, customerId, { Intent: `After reload ${reload}` })
    await expect(page.getByRole('textbox', { name: 'Value of Intent', exact: true })).toHaveValue(
      `After reload ${reload}`,
    )
  }
  await expect.poll(channels).toEqual([[channelId, false, 1]])
})
