/**
 * When to fetch the sign-in code (decision 0031). A page that is not signed in at start (no valid token, or a
 * redirect answer to finish) needs it at once. A signed-in page needs it only when the session runs out or the
 * server refuses the token, minutes away at the earliest: then it comes once the page has loaded and the browser
 * is idle, so it does not compete with the first paint (decision 0009) and is there before a popup needs it.
 * Returns the cancel, for a session that stops first.
 */
export function scheduleSignInPreload(
  neededNow: boolean,
  preload: () => void,
  win: Window = window,
): () => void {
  if (neededNow) {
    preload()
    return () => undefined
  }
  let cancelIdle: (() => void) | undefined
  const whenIdle = () => {
    if (typeof win.requestIdleCallback === 'function') {
      const handle = win.requestIdleCallback(preload, { timeout: 10_000 })
      cancelIdle = () => win.cancelIdleCallback(handle)
    } else {
      const timer = win.setTimeout(preload, 1_000) // Safari has no idle callback
      cancelIdle = () => win.clearTimeout(timer)
    }
  }
  if (win.document.readyState === 'complete') whenIdle()
  else win.addEventListener('load', whenIdle, { once: true })
  return () => {
    win.removeEventListener('load', whenIdle)
    cancelIdle?.()
  }
}
