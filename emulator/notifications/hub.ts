import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer } from 'ws'
import { heartbeatTopic, socketClosingTopic } from '../../src/genesys/schemas.ts'
import type { NotificationEnvelope } from '../../src/genesys/schemas.ts'

/** What the hub needs from the emulator, kept narrow so the hub stays a thin socket shell. */
export interface HubHost {
  isChannelOpen(channelId: string): boolean
  heartbeatIntervalMs(): number
  markExpired(channelId: string): void
}

/**
 * The notification sockets: one WebSocket server without its own port, upgrades routed from the HTTP server at
 * /channels/{id}. Heartbeat timers are per socket and take the interval current when the socket opened.
 */
export class NotificationHub {
  private readonly wss = new WebSocketServer({ noServer: true })
  private readonly sockets = new Map<string, Set<WebSocket>>()
  private readonly expiryTimers = new Map<string, NodeJS.Timeout>()

  constructor(private readonly host: HubHost) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, channelId: string): void {
    if (!this.host.isChannelOpen(channelId)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.register(channelId, ws))
  }

  private register(channelId: string, ws: WebSocket): void {
    const set = this.sockets.get(channelId) ?? new Set<WebSocket>()
    set.add(ws)
    this.sockets.set(channelId, set)
    const heartbeat = setInterval(() => {
      send(ws, { topicName: heartbeatTopic, eventBody: { message: 'WebSocket Heartbeat' } })
    }, this.host.heartbeatIntervalMs())
    ws.on('close', () => {
      clearInterval(heartbeat)
      set.delete(ws)
    })
    ws.on('error', () => ws.terminate())
  }

  scheduleExpiry(channelId: string, inMs: number): void {
    clearTimeout(this.expiryTimers.get(channelId))
    this.expiryTimers.set(
      channelId,
      setTimeout(() => this.expire(channelId), Math.max(0, inMs)),
    )
  }

  /** Channel end of life: warn with socket_closing, close the sockets, and refuse the channel from now on. */
  expire(channelId: string): void {
    clearTimeout(this.expiryTimers.get(channelId))
    this.expiryTimers.delete(channelId)
    this.host.markExpired(channelId)
    this.closeSockets(channelId)
  }

  publish(channelId: string, envelope: NotificationEnvelope): void {
    for (const ws of this.sockets.get(channelId) ?? []) send(ws, envelope)
  }

  /** socket_closing, then a normal close (the server-initiated close a client must recover from). */
  closeSockets(channelId: string): number {
    const set = this.sockets.get(channelId) ?? new Set<WebSocket>()
    for (const ws of set) {
      send(ws, { topicName: socketClosingTopic, eventBody: { message: 'WebSocket closing' } })
      ws.close(1000, 'socket closing')
    }
    return set.size
  }

  /** Drops the TCP connection without a close frame, like a network failure. */
  dropSockets(channelId: string): number {
    const set = this.sockets.get(channelId) ?? new Set<WebSocket>()
    const count = set.size
    for (const ws of set) ws.terminate()
    return count
  }

  connectedCount(channelId: string): number {
    return this.sockets.get(channelId)?.size ?? 0
  }

  /** Reset (graceful: socket_closing, then close) and shutdown (terminate): every socket and timer goes. */
  closeAll(mode: 'graceful' | 'terminate'): void {
    for (const timer of this.expiryTimers.values()) clearTimeout(timer)
    this.expiryTimers.clear()
    for (const channelId of this.sockets.keys()) {
      if (mode === 'graceful') this.closeSockets(channelId)
      else this.dropSockets(channelId)
    }
    this.sockets.clear()
  }
}

function send(ws: WebSocket, envelope: NotificationEnvelope): void {
  if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(envelope))
}
