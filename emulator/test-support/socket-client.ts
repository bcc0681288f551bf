import WebSocket from 'ws'

export interface Envelope {
  topicName: string
  version?: string
  eventBody: unknown
  metadata?: { CorrelationId?: string }
}

/** A notification socket that queues what arrives, so tests can await the next message of a topic. */
export class TestSocket {
  readonly received: Envelope[] = []
  closedWith: number | null = null
  private waiters: Array<() => void> = []

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      this.received.push(JSON.parse(data.toString('utf8')) as Envelope)
      this.notify()
    })
    ws.on('close', (code) => {
      this.closedWith = code
      this.notify()
    })
  }

  static open(connectUri: string): Promise<TestSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(connectUri)
      const socket = new TestSocket(ws)
      ws.once('open', () => resolve(socket))
      ws.once('error', reject)
    })
  }

  private notify(): void {
    for (const waiter of this.waiters.splice(0)) waiter()
  }

  async waitFor(predicate: (e: Envelope) => boolean, timeoutMs = 2_000): Promise<Envelope> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.received.find(predicate)
      if (found) return found
      if (Date.now() > deadline) throw new Error(`no matching message within ${timeoutMs} ms`)
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve)
        setTimeout(resolve, 50)
      })
    }
  }

  async waitClosed(timeoutMs = 2_000): Promise<number> {
    const deadline = Date.now() + timeoutMs
    while (this.closedWith === null) {
      if (Date.now() > deadline) throw new Error('socket did not close')
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve)
        setTimeout(resolve, 50)
      })
    }
    return this.closedWith
  }

  close(): void {
    this.ws.terminate()
  }
}
