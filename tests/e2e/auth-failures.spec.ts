import { expect, test, type Page } from '@playwright/test'
import { startDesktopHost, type DesktopHost } from './support/desktop-host.ts'
import { SEED, emulatorAdmin, emulatorOrigin, widgetOrigin } from './support/emulator-admin.ts'

/** Each sign-in failure shows what happened and what to do, with a way to try again. One test each. */

const launchQuery = `gcConversationId=${SEED.conversations.message.id}&gcTargetEnv=prod`

async function startRedirectSignIn(page: Page, query = launchQuery) {
  await page.goto(`/?${query}`)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => url.origin === emulatorOrigin)
}

async function chooseUser(page: Page, decision: 'Sign in' | 'Cancel' = 'Sign in') {
  await page.getByLabel('agent@example.com', { exact: false }).check()
  await page.getByRole('button', { name: decision, exact: true }).click()
}

async function expectFailure(page: Page, message: string) {
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(message)
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
  await expect(page.getByRole('grid', { name: 'Participant attributes' })).toHaveCount(0)
}

/** The next token request gets `fault` (an emulator fault, as Genesys would answer or the network would fail). */
async function failNextTokenRequest(page: Page, fault: Record<string, unknown>) {
  await emulatorAdmin(page.request).fault({
    target: 'http',
    method: 'POST',
    path: '/oauth/token',
    times: 1,
    fault,
  })
}

test.afterEach(async ({ request }) => {
  await emulatorAdmin(request).clearFaults()
})

test.describe('sign-in failures users understand', () => {
  test('access denied: the agent pressed Cancel on the login page', async ({ page }) => {
    await startRedirectSignIn(page)
    await chooseUser(page, 'Cancel')
    await expectFailure(page, 'Genesys Cloud did not grant access')
    await page.getByRole('button', { name: 'Try again' }).click()
    await page.waitForURL((url) => url.origin === emulatorOrigin)
  })

  test('unknown client: the token endpoint does not know the client id', async ({ page }) => {
    await startRedirectSignIn(page)
    await failNextTokenRequest(page, {
      type: 'status',
      status: 401,
      body: { error: 'invalid_client', error_description: 'Unknown client widget-local.' },
    })
    await chooseUser(page)
    await expectFailure(page, 'Genesys Cloud does not know this app’s OAuth client in this region.')
    await expect(page.getByRole('alert')).toContainText('Details: Unknown client widget-local.')
  })

  test('unknown client id: the login page shows its error, and back in the widget the likely causes are named', async ({
    page,
  }) => {
    await startRedirectSignIn(page, `${launchQuery}&clientId=no-such-client`)
    await expect(page.getByRole('heading', { name: 'Sign-in error' })).toBeVisible()
    await page.goBack()
    await expectFailure(
      page,
      'Sign-in did not finish. If the Genesys page showed an error such as an unknown client',
    )
  })

  test('wrong redirect URI: the token endpoint refuses the redirect URI', async ({ page }) => {
    await startRedirectSignIn(page)
    await failNextTokenRequest(page, {
      type: 'status',
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description: 'redirect_uri does not match the authorization request.',
      },
    })
    await chooseUser(page)
    await expectFailure(page, 'Genesys Cloud refused this app’s address as a redirect URI.')
  })

  test('popup blocked: the browser refused the sign-in window', async ({ page }) => {
    await page.addInitScript(() => {
      window.open = () => null
    })
    await page.goto(`/?${launchQuery}&gcUsePopupAuth=true`)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expectFailure(
      page,
      'The browser blocked the sign-in window. Allow pop-ups for this site, then try again.',
    )
  })

  test('offline: the sign-in code cannot be downloaded, and Try again signs in once it can', async ({
    page,
  }) => {
    // The drivers are a chunk of their own (decision 0031); the page has started fetching it before the click.
    await page.route('**/assets/sign-in-drivers-*.js', (route) => route.abort('internetdisconnected'))
    await page.goto(`/?${launchQuery}`)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expectFailure(page, 'Sign-in could not start: part of this app did not download.')
    expect(new URL(page.url()).origin).toBe(widgetOrigin)

    await page.unroute('**/assets/sign-in-drivers-*.js')
    await page.getByRole('button', { name: 'Try again' }).click()
    await page.waitForURL((url) => url.origin === emulatorOrigin)
    await chooseUser(page)
    await expect(page.getByRole('grid', { name: 'Participant attributes' })).toBeVisible()
  })

  test('state mismatch: an answer this tab never asked for is refused', async ({ page }) => {
    await page.goto(`/?code=stolen-code&state=0123456789abcdef0123456789abcdef`)
    await expectFailure(page, 'The sign-in answer did not match a sign-in started here')
    expect(page.url()).toBe(`${widgetOrigin}/`)
  })

  test('expiry: a token already expired on arrival is refused', async ({ page }) => {
    await startRedirectSignIn(page)
    await failNextTokenRequest(page, {
      type: 'status',
      status: 200,
      body: { access_token: 'expired-token', token_type: 'bearer', expires_in: 0 },
    })
    await chooseUser(page)
    await expectFailure(
      page,
      'The sign-in answer was already expired when it arrived. Check your computer’s clock',
    )
  })

  test('network down: the token request never gets an answer', async ({ page }) => {
    await startRedirectSignIn(page)
    await failNextTokenRequest(page, { type: 'drop' })
    await chooseUser(page)
    await expectFailure(
      page,
      'Genesys Cloud could not be reached. Check your network connection, then try again.',
    )
  })
})

test.describe('login page refused in a frame', () => {
  // A desktop on the login page's site, so the frame may use sessionStorage and a redirect is tried at all.
  let desktop: DesktopHost
  test.beforeAll(async () => {
    desktop = await startDesktopHost({ site: 'same-site' })
  })
  test.afterAll(() => desktop.close())

  test('without a login session the frame cannot show the login page; on reload the widget says so and uses a popup', async ({
    page,
  }) => {
    const src = `${widgetOrigin}/?${launchQuery}&gcUsePopupAuth=false`
    await page.goto(desktop.pageUrl([{ src, title: 'Participant data widget' }], 380))
    const frame = page.frameLocator('iframe[title="Participant data widget"]')
    await frame.getByRole('button', { name: 'Sign in', exact: true }).click()
    // The login page refuses to be framed (X-Frame-Options / frame-ancestors): the frame shows the browser's error.
    await expect
      .poll(() =>
        page
          .frames()
          .some(
            (candidate) =>
              candidate.url().startsWith(emulatorOrigin) || candidate.url().startsWith('chrome-error:'),
          ),
      )
      .toBe(true)
    await page.reload()
    await expect(frame.getByRole('alert')).toContainText(
      'The Genesys login page cannot be shown inside this frame.',
    )
    const popupOpened = page.waitForEvent('popup')
    await frame.getByRole('button', { name: 'Try again' }).click()
    const popup = await popupOpened
    await popup.waitForURL((url) => url.origin === emulatorOrigin)
  })
})
