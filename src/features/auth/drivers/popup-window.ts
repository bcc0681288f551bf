import { AuthFlowError } from '../model/auth-failure.ts'
import { literal, readExactly, text } from './checked-record.ts'

/*
 * The sign-in popup's answer, the same for both grants; the window itself is opened in the click, by
 * sign-in-popup.ts. The popup loads the app root with the OAuth answer; the app there posts the answer to the
 * window that opened it (postMessage to our own origin only) and the opener finishes it (state check, code
 * exchange). When a Cross-Origin-Opener-Policy cut the popup off from its opener, the answer goes over a
 * BroadcastChannel named after the state instead, which reaches the opener when both are top-level.
 */

/** A cut-off popup reports `closed` before its page has even run; give the answer this long to arrive. */
const closedGraceMs = 5_000

/** What the popup posts: exactly this, the URL at most 8,000 characters. */
function readPopupAnswer(data: unknown) {
  return readExactly<{ source: 'pdw-auth-popup'; url: string }>(data, {
    source: literal('pdw-auth-popup'),
    url: text(8_000),
  })
}
/** The opener's "got it", so a popup that was cut off knows its answer arrived and can say so and close. */
function readPopupAck(data: unknown) {
  return readExactly<{ source: 'pdw-auth-popup-ack'; state: string }>(data, {
    source: literal('pdw-auth-popup-ack'),
    state: text(),
  })
}
const channelName = (state: string) => `pdw-auth-popup-${state}`

export function stateOfAnswer(href: string): string | null {
  const url = new URL(href)
  return new URLSearchParams(url.hash.replace(/^#/, '')).get('state') ?? url.searchParams.get('state')
}

export function waitForPopupAnswer(popup: Window, state: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const channel =
      typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(channelName(state))
    let graceTimer: number | undefined
    const accept = (data: unknown) => {
      const answer = readPopupAnswer(data)
      if (!answer || stateOfAnswer(answer.url) !== state) return
      channel?.postMessage({ source: 'pdw-auth-popup-ack', state })
      cleanup()
      if (!popup.closed) popup.close()
      resolve(answer.url)
    }
    const onMessage = (event: MessageEvent) => {
      if (event.origin === window.location.origin) accept(event.data)
    }
    const onChannel = (event: MessageEvent) => accept(event.data)
    const closedPoll = window.setInterval(() => {
      if (!popup.closed || graceTimer !== undefined) return
      graceTimer = window.setTimeout(() => {
        cleanup()
        reject(new AuthFlowError('popup-closed'))
      }, closedGraceMs)
    }, 500)
    const cleanup = () => {
      window.clearInterval(closedPoll)
      window.clearTimeout(graceTimer)
      window.removeEventListener('message', onMessage)
      channel?.close()
    }
    window.addEventListener('message', onMessage)
    channel?.addEventListener('message', onChannel)
  })
}

/**
 * In the popup: hand the answer to the opener on our own origin, and over the channel in case it was cut off.
 * Resolves true when an opener acknowledged it over the channel within `ackWaitMs` (a cut-off popup's only way
 * to know); a window that nobody opened gets no acknowledgement and goes on to report the answer itself.
 */
export function notifyOpenerOfAnswer(href: string, win: Window = window, ackWaitMs = 0): Promise<boolean> {
  const message = { source: 'pdw-auth-popup', url: href }
  const opener = win.opener as Window | null
  if (opener) opener.postMessage(message, win.location.origin)
  const state = stateOfAnswer(href)
  if (!state || typeof BroadcastChannel === 'undefined') return Promise.resolve(false)
  const channel = new BroadcastChannel(channelName(state))
  return new Promise((resolve) => {
    const finish = (acknowledged: boolean) => {
      window.clearTimeout(timer)
      channel.close()
      resolve(acknowledged)
    }
    const timer = window.setTimeout(() => finish(false), ackWaitMs)
    channel.addEventListener('message', (event: MessageEvent) => {
      if (readPopupAck(event.data)?.state === state) finish(true)
    })
    channel.postMessage(message)
  })
}
