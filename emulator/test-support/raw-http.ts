import { connect } from 'node:net'

/** What came back on a raw socket: the bytes, and whether the server closed or we gave up waiting. */
export interface RawAnswer {
  text: string
  status: number | null
  timedOut: boolean
}

/**
 * Sends bytes exactly as given (no client library would send a broken request line) to 127.0.0.1 and collects
 * the answer until the server closes the socket or `timeoutMs` passes. Half-closes after writing, so a server
 * that waits for more body learns there is none.
 */
export function sendRaw(port: number, payload: string | Buffer, timeoutMs = 1_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const socket = connect({ host: '127.0.0.1', port })
    let settled = false
    const finish = (timedOut: boolean): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      const text = Buffer.concat(chunks).toString('utf8')
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]
      resolve({ text, status: status === undefined ? null : Number(status), timedOut })
    }
    const timer = setTimeout(() => finish(true), timeoutMs)
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', () => finish(false))
    socket.on('close', () => finish(false))
    socket.on('connect', () => socket.end(payload))
  })
}

/** The JSON body of the first HTTP/1.1 answer in `text` (pipelined answers may follow), or undefined. */
export function rawJsonBody(text: string): unknown {
  const at = text.indexOf('\r\n\r\n')
  if (at < 0) return undefined
  const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, at))?.[1]
  const rest = Buffer.from(text.slice(at + 4), 'utf8')
  const body = length === undefined ? rest : rest.subarray(0, Number(length))
  try {
    return JSON.parse(body.toString('utf8')) as unknown
  } catch {
    return undefined
  }
}

/** mulberry32: a small seeded PRNG, so a fuzz run that finds something can be replayed exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
