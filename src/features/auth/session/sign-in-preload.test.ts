import { afterEach, describe, expect, it, vi } from 'vitest'
import { scheduleSignInPreload } from './sign-in-preload.ts'

/** The browser's idle callbacks, run by the test when it says the browser is idle. */
function stubIdleCallbacks() {
  const waiting = new Map<number, IdleRequestCallback>()
  let next = 1
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    waiting.set(next, callback)
    return next++
  })
  vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle))
  return {
    waiting: () => waiting.size,
    beIdle: () => {
      const callbacks = [...waiting.values()]
      waiting.clear()
      for (const callback of callbacks) callback({ didTimeout: false, timeRemaining: () => 50 })
    },
  }
}

const pageStillLoading = () => vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading')

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('when the sign-in code is fetched', () => {
  it('at once when this page will sign in', () => {
    const preload = vi.fn()
    scheduleSignInPreload(true, preload)
    expect(preload).toHaveBeenCalledTimes(1)
  })

  it('on a signed-in page, only once the page has loaded and the browser is idle', () => {
    const idle = stubIdleCallbacks()
    pageStillLoading()
    const preload = vi.fn()
    scheduleSignInPreload(false, preload)
    expect(idle.waiting()).toBe(0)

    window.dispatchEvent(new Event('load'))
    expect(idle.waiting()).toBe(1)
    expect(preload).not.toHaveBeenCalled()
    idle.beIdle()
    expect(preload).toHaveBeenCalledTimes(1)
  })

  it('a second after the load where the browser has no idle callbacks (Safari)', () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestIdleCallback', undefined)
    const preload = vi.fn()
    scheduleSignInPreload(false, preload) // jsdom's page has loaded already
    vi.advanceTimersByTime(999)
    expect(preload).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(preload).toHaveBeenCalledTimes(1)
  })

  it('never, for a session that stops first', () => {
    const idle = stubIdleCallbacks()
    pageStillLoading()
    const preload = vi.fn()
    const cancel = scheduleSignInPreload(false, preload)
    window.dispatchEvent(new Event('load'))
    cancel()
    idle.beIdle()
    expect(preload).not.toHaveBeenCalled()

    const cancelBeforeLoad = scheduleSignInPreload(false, preload)
    cancelBeforeLoad()
    window.dispatchEvent(new Event('load'))
    expect(idle.waiting()).toBe(0)
  })
})
