/*
 * The conversation read, started by the HTML itself (index.html loads this file `async`, before the app's script has
 * arrived): on a slow link the entry script takes most of a second to download, and the app would only then ask
 * for the conversation, one round trip later than it could. This file is its own tiny entry (vite.config.ts) and
 * imports nothing: a shared chunk would cost the round trip it exists to save, and zod alone would be ten times
 * its size. It reads only what this app wrote into this tab's sessionStorage; the app validates the answer with
 * its schema as for any other read, and uses it only when it would have sent exactly this request
 * (early-read.ts, decision 0030). Anything unexpected: it does nothing, and the app reads as before.
 */

/** Written by the app (early-read.ts `rememberEarlyReadHint`); the names are checked against it by a test. */
const hintKey = 'pdw.early-read.hint'
const conversationIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** A token about to expire would be renewed by the app first: its request would differ, so none is sent. */
const tokenMarginMs = 30_000

function readJson(storage: Storage, key: string): unknown {
  try {
    const text = storage.getItem(key)
    return text === null ? undefined : (JSON.parse(text) as unknown)
  } catch {
    return undefined
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, name)
    ? (value as Record<string, unknown>)[name]
    : undefined
}

/** Genesys API origins are https; the emulator runs on loopback over http. */
function apiOriginOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  try {
    const url = new URL(value)
    const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]'
    if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return value.replace(/\/+$/, '')
  } catch {
    // not a URL
  }
  return undefined
}

function startEarlyRead(win: Window): void {
  if (win.__pdwEarlyRead) return
  let storage: Storage
  try {
    storage = win.sessionStorage
  } catch {
    return // a frame refused storage: nothing to read a token from
  }
  // As the app reads its launch (src/config/launch-context.ts): the first of the two names given, trimmed.
  const params = new URLSearchParams(win.location.search)
  const given = [params.get('gcConversationId'), params.get('pcConversationId')].find((value) => value)
  const conversationId = given?.trim()
  if (!conversationId || !conversationIdPattern.test(conversationId)) return
  const hint = readJson(storage, hintKey)
  const apiOrigin = apiOriginOf(field(hint, 'apiOrigin'))
  const tokenKey = field(hint, 'tokenKey')
  if (!apiOrigin || typeof tokenKey !== 'string' || !tokenKey.startsWith('pdw.auth.token:')) return
  const token = readJson(storage, tokenKey)
  const accessToken = field(token, 'accessToken')
  const obtainedAt = field(token, 'obtainedAt')
  const expiresAt = field(token, 'expiresAt')
  if (typeof accessToken !== 'string' || accessToken === '' || typeof obtainedAt !== 'number') return
  if (typeof expiresAt !== 'number' || expiresAt <= Date.now() + tokenMarginMs) return
  const url = `${apiOrigin}/api/v2/conversations/${conversationId}`
  // The request the app's client sends (src/genesys/request.ts), header for header.
  const response = win.fetch(url, {
    method: 'GET',
    headers: { Accept: 'application/json', Authorization: `Bearer ${accessToken}` },
  })
  // Unhandled until the app takes it; a failure is the app's to see then, like its own request's.
  response.catch(() => undefined)
  win.__pdwEarlyRead = { url, tokenKey, obtainedAt, startedAt: Date.now(), response }
}

startEarlyRead(window)

// A module (index.html loads it as one), with nothing to export.
export {}
