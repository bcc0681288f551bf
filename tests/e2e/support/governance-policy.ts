import type { Page } from '@playwright/test'

/** The policy the governance browser tests run under; the same for both roles, so each test shows the difference. */
export const testPolicy = {
  supervisorPermissions: ['conversation:call:monitor', 'conversation:message:monitor'],
  rules: [
    { match: 'AccountNumber', agent: 'masked' },
    { match: 'CRM.*', agent: 'read-only', reason: 'Owned by the CRM sync' },
    { match: '/^Internal\\./', agent: 'hidden' },
  ],
  revealSeconds: 2,
  exportMasked: false,
}

/**
 * Serves config.json with a test policy added. The widget reads its policy only from config.json, so a test
 * changes the file on the wire, as an admin would change it on the server: no test-only switch in the app.
 */
export async function withPolicy(
  page: Page,
  policy: Record<string, unknown> = testPolicy,
  audit?: Record<string, unknown>,
): Promise<void> {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch()
    const config = (await response.json()) as Record<string, unknown>
    await route.fulfill({ response, json: { ...config, policy, ...(audit ? { audit } : {}) } })
  })
}
