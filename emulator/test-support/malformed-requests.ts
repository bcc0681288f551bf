/*
 * Generators of broken HTTP/1.1 requests for the emulator's fuzz test: request lines `new URL()` refuses,
 * headers Node's parser rejects or accepts oddly, bodies that lie about their length or are not JSON, and the
 * same on WebSocket upgrades and admin routes. Everything is drawn from a seeded PRNG so a failure replays.
 */

export type Random = () => number

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

const paths = [
  '/api/v2/users/me?expand=authorization',
  '/api/v2/conversations',
  '/api/v2/conversations/calls',
  '/api/v2/conversations/c0ffee00-0000-4000-8000-000000000001',
  '/api/v2/conversations/x/participants/y/attributes',
  '/api/v2/conversations/calls/x/participants/y/attributes',
  '/api/v2/conversations/messages/x/participants/y/attributes',
  '/api/v2/notifications/channels',
  '/api/v2/notifications/channels/x/subscriptions',
  '/oauth/token',
  '/oauth/authorize?client_id=widget-local&response_type=code',
  '/channels/x',
  '/__admin/state',
  '/__admin/settings',
  '/__admin/conversations',
  '/__admin/conversations/x/participants/y/attributes',
  '/',
]

/** Fragments that break URL parsing, percent-decoding, routing or header syntax somewhere. */
const nasty = [
  '//[',
  '[',
  ']',
  '//[::1',
  '%',
  '%zz',
  '%00',
  '%E0%A4%A',
  '%C0%AF',
  '\\',
  '..',
  '/../..',
  '?',
  '#',
  '@',
  ':',
  '//',
  'http://[',
  'http://x:99999/',
  '\u00e4',
  '\u{1F600}',
  '\uD800',
  '\u0000',
  '\t',
  '__proto__',
  'constructor',
  'a'.repeat(300),
]

const methods = [
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
  'HEAD',
  'get',
  'G ET',
  'PURGE',
  'CONNECT',
  '',
]
const versions = [
  'HTTP/1.1',
  'HTTP/1.1',
  'HTTP/1.1',
  'HTTP/1.1',
  'HTTP/1.1',
  'HTTP/1.1',
  'HTTP/1.0',
  'HTTP/2.0',
  'HTTP/9.9',
  'HTTP/1',
  '',
]

function target(random: Random): string {
  const roll = random()
  if (roll < 0.1)
    return pick(random, ['*', '//[', 'http://[/', '//[::1]x', 'http://emulator.invalid/api', ''])
  let path = pick(random, paths)
  const edits = 1 + Math.floor(random() * 3)
  for (let i = 0; i < edits; i += 1) {
    const at = Math.floor(random() * (path.length + 1))
    path = path.slice(0, at) + pick(random, nasty) + path.slice(at)
  }
  return random() < 0.2 ? path.replace(/^\//, '') : path
}

const bodies = [
  '{"attributes":{"a":"b"}}',
  '{"attributes":{"__proto__":"x","constructor":"y"}}',
  '{"attributes":{"a":1}}',
  '{"attributes":null}',
  '{"attributes":[]}',
  '{"writeDelayMs":1e308}',
  '{"writeDelayMs":-1}',
  '{"writeDelayMs":9007199254740993}',
  '{"rateLimitPerMinute":"x"}',
  '{"participants":[{"purpose":"customer","attributes":{"a":"b"}}],"media":"call"}',
  '[{"id":"v2.users.x.conversations"}]',
  '{"deliveryMode":"Bogus"}',
  '{',
  'null',
  '"text"',
  '['.repeat(5_000),
  '{"a":'.repeat(2_000),
  'grant_type=client_credentials',
  'grant_type=authorization_code&code=%&code_verifier=%zz',
  '\u0000\u0001\u0002',
  '\uD800',
  '',
]

function header(random: Random, body: string, bearer: string, breakSyntax: boolean): string[] {
  const lines: string[] = []
  const roll = random()
  if (roll < 0.95) lines.push('Host: 127.0.0.1')
  if (random() < 0.5) lines.push(pick(random, ['Content-Type: application/json', 'Content-Type: text/plain']))
  const semantic = [
    `Authorization: Bearer ${bearer}`,
    `Authorization: Bearer ${bearer}`,
    `Authorization: Bearer ${bearer}`,
    'Authorization: Bearer x',
    'Authorization: Bearer ',
    'Authorization: Basic JQ==',
    'Authorization: Basic JTo=',
    'Authorization: Basic !!!',
    'Authorization: Basic ' + Buffer.from('service-local:%zz').toString('base64'),
    `Content-Length: ${Buffer.byteLength(body) + 7}`,
    'Content-Type: application/json; charset=utf-9',
    'Content-Type: ' + 'x'.repeat(2_000),
    'Origin: http://[',
    'Origin: null',
    'Origin: http://127.0.0.1:5173',
    'Cookie: gc_emulator_session=%; =; ;;',
    'Cookie: ' + 'a=b;'.repeat(500),
    'Expect: 100-continue',
    'Connection: Upgrade',
    'Upgrade: websocket',
    'Sec-WebSocket-Version: 13',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    'Sec-WebSocket-Key: %%%',
    'Access-Control-Request-Method: PATCH',
    'Access-Control-Request-Headers: \u00e4',
  ]
  const broken = [
    'Content-Length: -1',
    'Content-Length: abc',
    'Content-Length: 99999999999999999999',
    'Transfer-Encoding: chunked',
    'Transfer-Encoding: gzip, chunked',
    'X Bad Name: 1',
    'X-Bad-Value: a\u0000b',
    ' folded: continuation',
    'X-Huge: ' + 'h'.repeat(20_000),
    'NoColon',
    '\u00e4: \u00e4',
  ]
  const count = Math.floor(random() * 5)
  for (let i = 0; i < count; i += 1) lines.push(pick(random, semantic))
  if (breakSyntax) lines.push(pick(random, broken))
  return lines
}

function percentEncoded(text: string): string {
  return text.replace(/[^\x21-\x7e]/gu, (ch) => {
    try {
      return encodeURIComponent(ch)
    } catch {
      return '%ED%A0%80' // a lone surrogate, as the UTF-8 bytes a careless encoder would send
    }
  })
}

/** One malformed (or merely strange) request, as the bytes to send. */
export function malformedRequest(
  random: Random,
  bearer: string,
): { payload: string; method: string; path: string; breakage: string } {
  // One kind of breakage per request, so each kind gets through the others and reaches its own code path.
  const breakage = pick(random, ['none', 'none', 'none', 'line', 'headers', 'framing'] as const)
  const method = breakage === 'line' ? pick(random, methods) : pick(random, methods.slice(0, 7))
  const raw = target(random)
  const path = breakage === 'line' || random() < 0.3 ? raw : percentEncoded(raw)
  const version = breakage === 'line' ? pick(random, versions) : 'HTTP/1.1'
  const body = random() < 0.5 ? pick(random, bodies) : ''
  const lines = [
    `${method} ${path} ${version}`.trim(),
    ...header(random, body, bearer, breakage === 'headers'),
  ]
  const hasLength = lines.some((line) => /^content-length|^transfer-encoding/i.test(line))
  if (body !== '' && !hasLength && (breakage !== 'framing' || random() < 0.5)) {
    lines.push(`Content-Length: ${Buffer.byteLength(body)}`)
  }
  if (random() < 0.5) lines.push('Connection: close')
  const end = breakage === 'framing' ? pick(random, ['\n\n', '\r\n', '\r\r', '', '\r\n\r\n']) : '\r\n\r\n'
  const separator = breakage === 'framing' && random() < 0.5 ? '\n' : '\r\n'
  return { payload: lines.join(separator) + end + body, method, path, breakage }
}
