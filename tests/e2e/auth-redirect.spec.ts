import { expect, test, type Page } from '@playwright/test'
import { startDesktopHost, type DesktopHost } from './support/desktop-host.ts'
import { SEED, emulatorOrigin, widgetOrigin } from './support/emulator-admin.ts'
import { signInThroughLoginPage } from './support/sign-in.ts'

const conversationId = SEED.conversations.message.id
const launchQuery = `gcConversationId=${conversationId}&gcLangTag=en-us&gcTargetEnv=prod`

/** Nothing of auth may ever be written to localStorage, on the widget's origin or the login page's. */
async function expectNoLocalStorage(page: Page) {
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([])
}

test.describe('sign-in by redirect in its own tab', () => {
  test('PKCE: the launch parameters come back, the URL carries no code or state, localStorage stays empty', async ({
    page,
  }) => {
    await page.goto(`/?${launchQuery}`)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL((url) => url.origin === emulatorOrigin)
    const authorize = new URL(page.url())
    expect(authorize.searchParams.get('response_type')).toBe('code')
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256')
    expect(authorize.searchParams.get('scope')).toBeNull()
    await page.getByLabel('agent@example.com', { exact: false }).check()
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(page.getByRole('tab', { selected: true })).toHaveText('Customer · Jonas Weber')
    expect(page.url()).toBe(`${widgetOrigin}/?${launchQuery}`)
    await expectNoLocalStorage(page)
    const stored = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((key) => key.startsWith('pdw.auth.token')),
    )
    expect(stored).toHaveLength(1)
  })

  test('implicit grant (legacy client): works, says it is being retired, and leaves no token in the URL', async ({
    page,
  }) => {
    const query = `${launchQuery}&grant=implicit&clientId=widget-local-implicit`
    await page.goto(`/?${query}`)
    await expect(page.getByRole('status').filter({ hasText: 'retiring' })).toContainText('2027')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL((url) => url.origin === emulatorOrigin)
    expect(new URL(page.url()).searchParams.get('response_type')).toBe('token')
    await page.getByLabel('agent@example.com', { exact: false }).check()
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(page.getByRole('tab', { selected: true })).toHaveText('Customer · Jonas Weber')
    expect(page.url()).toBe(`${widgetOrigin}/?${query}`)
    expect(page.url()).not.toMatch(/access_token|#/)
    await expectNoLocalStorage(page)
  })

  test('a tampered state is refused, and nothing is signed in', async ({ page }) => {
    await page.goto(`/?${launchQuery}`)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL((url) => url.origin === emulatorOrigin)
    // An attacker's answer: the login page sends back a state this tab never issued (the part oidc-client-ts checks).
    await page.locator('input[name="state"]').evaluate((input: HTMLInputElement) => {
      input.value = `forged${input.value.slice(6)}`
    })
    await page.getByLabel('agent@example.com', { exact: false }).check()
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(page.getByRole('alert')).toContainText(
      'The sign-in answer did not match a sign-in started here, so it was refused for your safety.',
    )
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
    await expect(page.getByRole('grid', { name: 'Participant attributes' })).toHaveCount(0)
    expect(page.url()).not.toMatch(/code=|state=/)
  })
})

test.describe('sign-in by redirect inside a desktop frame', () => {
  /**
   * A desktop on the same site as the login page, as apps.mypurecloud.com is to login.mypurecloud.com: the login
   * session cookie (SameSite=Lax) then travels with the frame's navigation, and the login page answers at once.
   */
  let desktop: DesktopHost
  test.beforeAll(async () => {
    desktop = await startDesktopHost({ site: 'same-site' })
  })
  test.afterAll(() => desktop.close())

  test('while the Genesys login session lives, the frame signs in by redirect and keeps the conversation id', async ({
    context,
  }) => {
    // The agent signed in to Genesys earlier today (another tab): the login session cookie exists.
    const earlier = await context.newPage()
    await earlier.goto('/')
    await signInThroughLoginPage(earlier)
    await earlier.close()

    const page = await context.newPage()
    const src = `${widgetOrigin}/?${launchQuery}&gcUsePopupAuth=false`
    await page.goto(desktop.pageUrl([{ src, title: 'Participant data widget' }], 380))
    const frame = page.frameLocator('iframe[title="Participant data widget"]')
    await frame.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(frame.getByRole('tab', { selected: true })).toHaveText('Customer · Jonas Weber')
    const frameUrl = page
      .frames()
      .find((candidate) => candidate.url().startsWith(widgetOrigin))
      ?.url()
    expect(frameUrl).toBe(src)
  })
})
