import { describe, expect, it, vi } from 'vitest'
import { notifyOpenerOfAnswer, waitForPopupAnswer } from './popup-window.ts'

const answer = (state: string) => `${window.location.origin}/?code=c&state=${state}`

describe('popup answers', () => {
  it('a cut-off popup learns over the channel that its opener took the answer', async () => {
    const popup = { closed: true, close: vi.fn() } as unknown as Window
    const taken = waitForPopupAnswer(popup, 'state-1')
    await expect(notifyOpenerOfAnswer(answer('state-1'), window, 2_000)).resolves.toBe(true)
    await expect(taken).resolves.toBe(answer('state-1'))
  })

  it('a window nobody opened gets no acknowledgement', async () => {
    await expect(notifyOpenerOfAnswer(answer('state-2'), window, 50)).resolves.toBe(false)
  })

  it('posts to the opener only for our own origin', async () => {
    const opener = { postMessage: vi.fn() }
    const popupWindow = { opener, location: { origin: window.location.origin } } as unknown as Window
    await notifyOpenerOfAnswer(answer('state-3'), popupWindow)
    expect(opener.postMessage).toHaveBeenCalledWith(
      { source: 'pdw-auth-popup', url: answer('state-3') },
      window.location.origin,
    )
  })
})
