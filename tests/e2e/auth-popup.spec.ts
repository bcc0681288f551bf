import { expect, test } from '@playwright/test'
import { startDesktopHost, type DesktopHost } from './support/desktop-host.ts'
import { emulatorOrigin, SEED, widgetOrigin } from './support/emulator-admin.ts'
import { signInInPopup } from './support/sign-in.ts'

const launch = (extra: Record<string, string> = {}) =>
  `${widgetOrigin}/?${new URLSearchParams({
    gcConversationId: SEED.conversations.message.id,
    gcLangTag: 'en-us',
    gcTargetEnv: 'prod',
    gcHostOrigin: 'https://apps.mypurecloud.com',
    ...extra,
  })}`

let host: DesktopHost
test.beforeAll(async () => {
  host = await startDesktopHost()
})
test.afterAll(async () => {
  await host.close()
})

test.describe('sign-in by popup', () => {
  test('in its own tab with gcUsePopupAuth=true: the popup closes, the URL keeps the launch and no secret', async ({
    page,
  }) => {
    await page.goto(launch({ gcUsePopupAuth: 'true' }))
    const popupOpened = page.waitForEvent('popup')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await signInInPopup(await popupOpened)
    await expect(page.getByRole('grid', { name: 'Participant attributes' })).toBeVisible()
    expect(page.url()).toBe(launch({ gcUsePopupAuth: 'true' }))
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
  })

  test('inside the Genesys desktop frame, and the conversation id survives', async ({ page }) => {
    await page.goto(
      host.pageUrl([{ src: launch({ gcUsePopupAuth: 'true' }), title: 'Participant data widget' }]),
    )
    const frame = page.frameLocator('iframe[title="Participant data widget"]')
    const popupOpened = page.waitForEvent('popup')
    await frame.getByRole('button', { name: 'Sign in', exact: true }).click()
    await signInInPopup(await popupOpened)
    await expect(frame.getByRole('grid', { name: 'Participant attributes' })).toBeVisible()
    await expect(frame.getByRole('tab', { selected: true })).toHaveText('Customer · Jonas Weber')
  })

  test('the popup opens in the click while the sign-in code is still on its way', async ({ page }) => {
    let releaseChunk: () => void = () => undefined
    const chunkReleased = new Promise<void>((resolve) => {
      releaseChunk = resolve
    })
    // The sign-in chunk (decision 0031) arrives only once the popup is open: a popup that waited for it never opens.
    await page.route('**/assets/sign-in-drivers-*.js', async (route) => {
      await chunkReleased
      await route.continue()
    })
    await page.goto(launch({ gcUsePopupAuth: 'true' }))
    const popupOpened = page.waitForEvent('popup')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    const popup = await popupOpened
    releaseChunk()
    await signInInPopup(popup)
    await expect(page.getByRole('grid', { name: 'Participant attributes' })).toBeVisible()
  })

  test('two widget frames in one desktop share one sign-in', async ({ page }) => {
    const second = launch({ gcUsePopupAuth: 'true', gcConversationId: SEED.conversations.liveCall.id })
    await page.goto(
      host.pageUrl([
        { src: launch({ gcUsePopupAuth: 'true' }), title: 'First widget' },
        { src: second, title: 'Second widget' },
      ]),
    )
    const first = page.frameLocator('iframe[title="First widget"]')
    const other = page.frameLocator('iframe[title="Second widget"]')
    await expect(other.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible()
    const popupOpened = page.waitForEvent('popup')
    await first.getByRole('button', { name: 'Sign in', exact: true }).click()
    await signInInPopup(await popupOpened)
    await expect(first.getByRole('tab', { selected: true })).toHaveText('Customer · Jonas Weber')
    await expect(other.getByRole('tab', { selected: true })).toHaveText('Customer · Maria Schneider')
  })

  test('inside the desktop frame, Sign out ends the login session in a popup: the next Sign in shows the login page', async ({
    page,
  }) => {
    await page.goto(
      host.pageUrl([{ src: launch({ gcUsePopupAuth: 'true' }), title: 'Participant data widget' }]),
    )
    const frame = page.frameLocator('iframe[title="Participant data widget"]')
    const signInPopup = page.waitForEvent('popup')
    await frame.getByRole('button', { name: 'Sign in', exact: true }).click()
    await signInInPopup(await signInPopup)
    await expect(frame.getByRole('grid', { name: 'Participant attributes' })).toBeVisible()

    // The frame cannot leave for the login host: a popup goes to /logout, comes back to us and is closed.
    const logoutPopup = page.waitForEvent('popup')
    await frame.getByRole('button', { name: 'Sign out' }).click()
    const logout = await logoutPopup
    if (!logout.isClosed()) await logout.waitForEvent('close')
    await expect(frame.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible()
    const cookies = await page.context().cookies(emulatorOrigin)
    expect(cookies.filter((cookie) => cookie.name === 'gc_emulator_session')).toEqual([])

    // The login page asks who is signing in; the agent who left does not come back by themselves.
    const nextPopup = page.waitForEvent('popup')
    await frame.getByRole('button', { name: 'Sign in', exact: true }).click()
    await signInInPopup(await nextPopup, 'agent2@example.com')
    await expect(frame.getByRole('button', { name: 'Sign out' })).toBeVisible()
  })
})
