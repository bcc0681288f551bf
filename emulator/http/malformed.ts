import { randomUUID } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { Duplex } from 'node:stream'
import { badRequest, genesysErrorBody } from './genesys-error.ts'

/*
 * The paths by which a request Node could not parse, or we could not make sense of, reaches us outside a
 * handler: a request target `new URL()` refuses (`GET //[ HTTP/1.1`), a request line or header Node's parser
 * rejects (the server's `clientError`), and a WebSocket upgrade, which bypasses the HTTP response machinery.
 * Each gets the Genesys error body, and none of them may throw: one bad request must not stop the emulator.
 */

const base = 'http://emulator.invalid'

/** The request target as a URL, or a 400 (GenesysError) when it is not one. */
export function parseRequestTarget(target: string | undefined): URL {
  try {
    return new URL(target ?? '/', base)
  } catch {
    throw badRequest('The request target could not be parsed as a URL path.')
  }
}

/** The target's path, or null when it is not one; for the upgrade path, which answers on the raw socket. */
export function requestPathOrNull(target: string | undefined): string | null {
  try {
    return new URL(target ?? '/', base).pathname
  } catch {
    return null
  }
}

const reasons: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
}

/** A complete HTTP/1.1 error response for a raw socket, with the Genesys error body, then the socket closes. */
export function rawErrorResponse(status: number, code: string, message: string): string {
  const body = JSON.stringify(genesysErrorBody({ status, code, message, messageParams: {} }, randomUUID()))
  return [
    `HTTP/1.1 ${status} ${reasons[status] ?? 'Error'}`,
    'Content-Type: application/json; charset=UTF-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n')
}

/** Ends a socket with an error response if it can still take one; never throws. */
export function endSocketWithError(socket: Duplex, status: number, code: string, message: string): void {
  try {
    if (socket.writable) socket.end(rawErrorResponse(status, code, message))
    else socket.destroy()
  } catch {
    socket.destroy()
  }
}

/**
 * Why an upgrade request is not a WebSocket handshake ws would accept (RFC 6455 §4.2.1), or null. Checked before
 * ws sees it, so the refusal carries the Genesys error body rather than ws's plain-text one.
 */
export function upgradeProblem(headers: IncomingHttpHeaders): string | null {
  if ((headers.upgrade ?? '').toLowerCase() !== 'websocket') return 'Only WebSocket upgrades are supported.'
  const key = headers['sec-websocket-key']
  if (key === undefined || !/^[+/0-9A-Za-z]{22}==$/.test(key.trim())) {
    return 'Sec-WebSocket-Key must be 16 bytes in base64.'
  }
  if (headers['sec-websocket-version'] !== '13') return 'Sec-WebSocket-Version must be 13.'
  return null
}

/** What Node's parser reported (`clientError`), as the status and message a client should see. */
export function describeClientError(
  error: unknown,
): { status: number; code: string; message: string } | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  // The client went away: there is nobody to answer.
  if (code === 'ECONNRESET' || code === 'EPIPE') return null
  if (code === 'HPE_HEADER_OVERFLOW') {
    return {
      status: 431,
      code: 'request.header.fields.too.large',
      message: 'The request headers are too large.',
    }
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, code: 'request.timeout', message: 'The request took too long to arrive.' }
  }
  return { status: 400, code: 'bad.request', message: 'The request could not be parsed as HTTP/1.1.' }
}
