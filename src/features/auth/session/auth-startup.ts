import { readCallbackFromUrl, stripCallbackFromUrl } from '../model/callback-url.ts'
import { sessionStore } from '../../../lib/session-store.ts'
import { takeCarryOver, type CarryOver } from './carry-over.ts'
import { loadSignInDrivers } from '../drivers/load-sign-in-code.ts'

/** An OAuth answer this window must finish itself, read from the URL before anything else looks at it. */
export interface PendingCallback {
  href: string
  grant: 'code' | 'implicit'
  /** Launch parameters and screen state saved before the redirect; absent for a foreign or tampered state. */
  carry: CarryOver | undefined
}

export type AuthStartup = { kind: 'app'; callback: PendingCallback | undefined } | { kind: 'popup-callback' }

/**
 * Run first, before the runtime config is read. It decides what this page load is:
 * - a redirect answer for this tab (its carry record exists): the URL gets its launch parameters back and loses
 *   code/token/state, and the answer is kept in memory for the session to finish;
 * - a popup answer (opened by a widget instance, no carry record): it goes to the opener, which finishes it;
 * - anything else, including a forged answer: the URL is cleaned and the session reports what it found.
 */
export async function prepareAuthStartup(win: Window = window): Promise<AuthStartup> {
  const href = win.location.href
  const found = readCallbackFromUrl(href)
  if (found.kind === 'none') return { kind: 'app', callback: undefined }
  const carry = found.carryId ? takeCarryOver(sessionStore(win).storage, found.carryId) : undefined
  win.history.replaceState(win.history.state, '', stripCallbackFromUrl(href, carry?.search))
  if (carry) return { kind: 'app', callback: { href, grant: found.kind, carry } }
  // The answer handling is in the sign-in chunk (decision 0031). Offline, the answer cannot reach the opener:
  // this window then tries to finish it and says what failed.
  const drivers = await loadSignInDrivers().catch(() => undefined)
  if (!drivers) return { kind: 'app', callback: { href, grant: found.kind, carry } }
  const { notifyOpenerOfAnswer } = drivers
  if (win.opener) {
    void notifyOpenerOfAnswer(href, win)
    return { kind: 'popup-callback' }
  }
  // No carry record and no opener: a popup that a COOP header cut off from its opener, or a forged link. Only an
  // opener still waiting for this state acknowledges; without that, this window reports what it can check.
  if (await notifyOpenerOfAnswer(href, win, 2_000)) {
    win.close()
    return { kind: 'popup-callback' }
  }
  return { kind: 'app', callback: { href, grant: found.kind, carry } }
}
