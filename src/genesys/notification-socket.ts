/**
 * The part of the WebSocket API the notifications connection uses. The browser's `WebSocket` and Node's `ws`
 * both fit, so the connection is written once and the constructor is injected.
 */
export interface SocketLike {
  close(code?: number, reason?: string): void
  addEventListener(type: 'open' | 'close' | 'error' | 'message', listener: (event: object) => void): void
}

export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => SocketLike

export interface SocketHandlers {
  onMessage: (socket: SocketLike, data: unknown) => void
  /** After the socket had opened: the server closed it or the connection dropped. */
  onClosed: (socket: SocketLike) => void
}

/**
 * Opens a socket and resolves once it is open. Rejects when it closes or errors first, or does not open within
 * `openTimeoutMs` (a half-open TCP connection would otherwise hang the reconnect loop).
 */
export function openSocket(
  WebSocketImpl: WebSocketConstructor,
  url: string,
  openTimeoutMs: number,
  handlers: SocketHandlers,
): Promise<SocketLike> {
  return new Promise((resolve, reject) => {
    let opened = false
    let settled = false
    const socket = new WebSocketImpl(url)
    const fail = (reason: string) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      closeQuietly(socket)
      reject(new Error(reason))
    }
    const timer = setTimeout(
      () => fail(`the notification socket did not open within ${openTimeoutMs} ms`),
      openTimeoutMs,
    )
    socket.addEventListener('open', () => {
      if (settled) return
      opened = true
      settled = true
      clearTimeout(timer)
      resolve(socket)
    })
    socket.addEventListener('message', (event) => {
      if (opened) handlers.onMessage(socket, 'data' in event ? event.data : undefined)
    })
    socket.addEventListener('error', () => fail('the notification socket could not be opened'))
    socket.addEventListener('close', () => {
      if (opened) handlers.onClosed(socket)
      else fail('the notification socket was refused (the channel may have expired)')
    })
  })
}

export function closeQuietly(socket: SocketLike | undefined, code = 1000, reason = 'client closing'): void {
  try {
    socket?.close(code, reason)
  } catch {
    // Closing a socket that is still connecting throws in some implementations; it is being dropped anyway.
  }
}
