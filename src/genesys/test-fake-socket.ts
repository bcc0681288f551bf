import type { SocketLike } from './notification-socket.ts'

type Listener = (event: object) => void

/**
 * A scripted WebSocket for unit tests of the notifications connection: each instance records its URL, and the
 * test plays the server (open, send, close, refuse). The real socket path is covered against the emulator.
 */
export class FakeSocket implements SocketLike {
  static instances: FakeSocket[] = []
  readonly listeners = new Map<string, Listener[]>()
  closedByClient: { code: number | undefined; reason: string | undefined } | undefined

  constructor(readonly url: string) {
    FakeSocket.instances.push(this)
  }

  static reset(): void {
    FakeSocket.instances = []
  }

  static latest(): FakeSocket {
    const socket = FakeSocket.instances.at(-1)
    if (!socket) throw new Error('no socket was opened')
    return socket
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }

  close(code?: number, reason?: string): void {
    this.closedByClient = { code, reason }
  }

  private emit(type: string, event: object): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event)
  }

  serverOpens(): void {
    this.emit('open', {})
  }

  serverSends(envelope: unknown): void {
    this.emit('message', { data: typeof envelope === 'string' ? envelope : JSON.stringify(envelope) })
  }

  serverCloses(): void {
    this.emit('close', { code: 1000 })
  }

  serverRefuses(): void {
    this.emit('error', {})
    this.emit('close', { code: 1006 })
  }
}
