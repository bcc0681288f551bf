import { vi } from 'vitest'
import type { GrantDriver } from '../drivers/grant-driver.ts'
import { createAuthSession, type AuthSessionOptions } from '../session/session-controller.ts'
import { createTokenStore, type ReceivedToken } from '../session/token-record.ts'

/** Test helpers: a session around a fake grant driver, over the real sessionStorage. */
export const received = (expiresInSeconds: number, accessToken = 'token-1'): ReceivedToken => ({
  accessToken,
  tokenType: 'bearer',
  expiresInSeconds,
})

export function fakeDriver() {
  return {
    redirect: vi.fn<GrantDriver['redirect']>(() => Promise.resolve()),
    popup: vi.fn<GrantDriver['popup']>(() => Promise.resolve(received(3600))),
    completeRedirect: vi.fn<GrantDriver['completeRedirect']>(() => Promise.resolve(received(3600))),
    clear: vi.fn<GrantDriver['clear']>(() => Promise.resolve()),
  }
}

export function testSession(overrides: Partial<AuthSessionOptions> & { driver?: GrantDriver } = {}) {
  const driver = fakeDriver()
  const session = createAuthSession({
    driver,
    tokenStore: createTokenStore(sessionStorage, 'widget-local', 'http://127.0.0.1:8700'),
    storage: sessionStorage,
    callback: undefined,
    currentSearch: () => window.location.search,
    isFramed: false,
    usePopupAuth: false,
    renewalLeadSeconds: 60,
    createChannel: () => undefined,
    ...overrides,
  })
  return { session, driver: (overrides.driver as ReturnType<typeof fakeDriver> | undefined) ?? driver }
}
