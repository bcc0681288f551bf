import { earlyReadHintKey, fetchWithEarlyRead, maxAgeMs, rememberEarlyReadHint } from './early-read.ts'
import { tokenStorageKey } from '../../features/auth/public.ts'

/*
 * Both halves together: start-early-read.ts as index.html runs it (a fresh module per case), then the client's
 * fetch as the app wires it. The early answer is used only for exactly the request the app was about to send.
 */
const apiOrigin = 'https://api.mypurecloud.de'
const tokenKey = tokenStorageKey('client-1', 'https://login.mypurecloud.de')
const conversationId = '5e1f0c2a-7d43-4b8e-a6f1-00c0ffee0001'
const url = `${apiOrigin}/api/v2/conversations/${conversationId}`
const token = {
  accessToken: 'tok-1',
  tokenType: 'bearer',
  obtainedAt: 1_000,
  expiresAt: Date.now() + 3_600_000,
}
const appRequest = (authorization = 'Bearer tok-1', signal?: AbortSignal): RequestInit => ({
  method: 'GET',
  headers: { Accept: 'application/json', Authorization: authorization },
  ...(signal ? { signal } : {}),
})

let network: ReturnType<typeof vi.fn<typeof fetch>>

async function startPage(search: string): Promise<void> {
  window.history.replaceState(null, '', `/${search}`)
  vi.resetModules()
  await import('./start-early-read.ts')
}

beforeEach(() => {
  sessionStorage.clear()
  window.__pdwEarlyRead = undefined
  network = vi.fn<typeof fetch>(() => Promise.resolve(new Response('{"id":"x"}', { status: 200 })))
  vi.stubGlobal('fetch', network)
  rememberEarlyReadHint(sessionStorage, { apiOrigin, tokenKey })
  sessionStorage.setItem(tokenKey, JSON.stringify(token))
})
afterEach(() => {
  vi.unstubAllGlobals()
  window.history.replaceState(null, '', '/')
})

const clientFetch = () => fetchWithEarlyRead(window, sessionStorage, (input, init) => network(input, init))

describe('the early conversation read', () => {
  it('is sent by the page with the app’s own request, and the app’s first read takes its answer', async () => {
    await startPage(`?gcConversationId=${conversationId}&gcLangTag=de`)
    expect(network).toHaveBeenCalledTimes(1)
    const [sentUrl, sentInit] = network.mock.calls[0] ?? []
    expect(sentUrl).toBe(url)
    expect(sentInit?.method).toBe('GET')
    expect(sentInit?.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer tok-1' })

    const answer = await clientFetch()(url, appRequest())
    expect(await answer.text()).toBe('{"id":"x"}')
    expect(network).toHaveBeenCalledTimes(1)
    // Once only: the next read (a refetch, a commit's guarding read) goes to the network.
    await clientFetch()(url, appRequest())
    expect(network).toHaveBeenCalledTimes(2)
  })

  it('is not used when the app would send another token (renewed meanwhile), and costs one request then', async () => {
    await startPage(`?gcConversationId=${conversationId}`)
    sessionStorage.setItem(tokenKey, JSON.stringify({ ...token, accessToken: 'tok-2', obtainedAt: 2_000 }))
    await clientFetch()(url, appRequest('Bearer tok-2'))
    expect(network).toHaveBeenCalledTimes(2)
    expect(network.mock.calls[1]?.[1]).toEqual(appRequest('Bearer tok-2'))
  })

  it('is not used for another request, nor once it is older than a start takes', async () => {
    await startPage(`?gcConversationId=${conversationId}`)
    const fetchNow = clientFetch()
    await fetchNow(`${apiOrigin}/api/v2/users/me`, appRequest())
    expect(network).toHaveBeenCalledTimes(2)
    expect(window.__pdwEarlyRead?.url).toBe(url)
    await fetchNow(url, { ...appRequest(), method: 'PATCH' })
    expect(network).toHaveBeenCalledTimes(3)
    expect(window.__pdwEarlyRead).toBeUndefined()

    await startPage(`?gcConversationId=${conversationId}`)
    const startedAt = window.__pdwEarlyRead?.startedAt ?? 0
    await fetchWithEarlyRead(
      window,
      sessionStorage,
      network,
      () => startedAt + maxAgeMs + 1,
    )(url, appRequest())
    expect(network).toHaveBeenCalledTimes(5)
  })

  it('rejects as the app’s own request would when the app gives up on it', async () => {
    network.mockImplementationOnce(() => new Promise<Response>(() => undefined))
    await startPage(`?gcConversationId=${conversationId}`)
    const deadline = new AbortController()
    const answer = clientFetch()(url, appRequest('Bearer tok-1', deadline.signal))
    deadline.abort(new DOMException('deadline', 'TimeoutError'))
    await expect(answer).rejects.toThrow('deadline')
  })

  it.each([
    ['no conversation in the URL', '?gcLangTag=de', undefined],
    ['an id that is not a conversation id', '?gcConversationId=../../users/me', undefined],
    ['no hint yet (the first frame of the tab)', `?gcConversationId=${conversationId}`, 'no hint'],
    ['a hint to a plain-http API', `?gcConversationId=${conversationId}`, 'http://api.example.com'],
    ['a hint to a key that is not a token', `?gcConversationId=${conversationId}`, 'other key'],
    ['a token about to expire', `?gcConversationId=${conversationId}`, 'expiring'],
    ['no token (signed out)', `?gcConversationId=${conversationId}`, 'no token'],
  ])('sends nothing with %s', async (_case, search, change) => {
    if (change === 'no hint') sessionStorage.removeItem(earlyReadHintKey)
    if (change === 'http://api.example.com')
      rememberEarlyReadHint(sessionStorage, { apiOrigin: change, tokenKey })
    if (change === 'other key') rememberEarlyReadHint(sessionStorage, { apiOrigin, tokenKey: 'pdw.edits' })
    if (change === 'expiring')
      sessionStorage.setItem(tokenKey, JSON.stringify({ ...token, expiresAt: Date.now() + 5_000 }))
    if (change === 'no token') sessionStorage.removeItem(tokenKey)
    await startPage(search)
    expect(network).not.toHaveBeenCalled()
    expect(window.__pdwEarlyRead).toBeUndefined()
  })

  it('reads the conversation the app reads: gcConversationId first, else pcConversationId, trimmed', async () => {
    await startPage(`?pcConversationId=%20${conversationId}%20`)
    expect(network.mock.calls[0]?.[0]).toBe(url)
  })

  it('survives a storage that refuses the hint', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    expect(() => rememberEarlyReadHint(refusing as unknown as Storage, { apiOrigin, tokenKey })).not.toThrow()
  })
})
