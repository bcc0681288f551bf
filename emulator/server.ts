import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { EmulatorContext } from './context.ts'
import { FaultRegistry } from './faults.ts'
import { dispatch } from './http/dispatch.ts'
import { SlidingWindowLimiter } from './http/rate-limit.ts'
import { NotificationHub } from './notifications/hub.ts'
import { routes } from './routes.ts'
import type { EmulatorSettings } from './settings.ts'
import { defaultSettings, mergeSettings, settingsPatchSchema } from './settings.ts'
import { allowedOrigins, buildClients, defaultRedirectUris } from './state/clients.ts'
import { createSeededState } from './state/store.ts'

export type { EmulatorSettings } from './settings.ts'

export interface StartEmulatorOptions {
  /** 0 picks a free port (tests). Default 8700. */
  port?: number
  /** Default 127.0.0.1: the emulator is for this machine only. */
  host?: string
  settings?: Partial<EmulatorSettings>
  /** Extra redirect URIs for the widget clients, on top of the dev and preview defaults. */
  redirectUris?: string[]
}

export interface RunningEmulator {
  origin: string
  port: number
  /** The current settings (POST /__admin/settings changes them). */
  readonly settings: EmulatorSettings
  close(): Promise<void>
}

const channelPath = /^\/channels\/([^/?]+)$/

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const initialSettings = mergeSettings(defaultSettings, settingsPatchSchema.parse(options.settings ?? {}))
  const clients = buildClients([...new Set([...defaultRedirectUris, ...(options.redirectUris ?? [])])])
  const ctx: EmulatorContext = {
    settings: { ...initialSettings },
    initialSettings,
    state: createSeededState(new Date()),
    clients,
    corsOrigins: allowedOrigins(clients),
    origin: '',
    limiter: new SlidingWindowLimiter(),
    faults: new FaultRegistry(),
    hub: new NotificationHub({
      isChannelOpen: (id) => ctx.state.channels.get(id)?.expired === false,
      heartbeatIntervalMs: () => ctx.settings.heartbeatIntervalMs,
      markExpired: (id) => {
        const channel = ctx.state.channels.get(id)
        if (channel) channel.expired = true
      },
    }),
    pendingWrites: new Set(),
    now: () => Date.now(),
  }

  const server = createServer((req, res) => void dispatch(ctx, routes, req, res))
  server.on('upgrade', (req, socket, head) => {
    const channelId = channelPath.exec(new URL(req.url ?? '/', 'http://emulator.invalid').pathname)?.[1]
    if (channelId === undefined) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    ctx.hub.handleUpgrade(req, socket, head, channelId)
  })

  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8700, host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  ctx.origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`

  return {
    origin: ctx.origin,
    port,
    get settings() {
      return ctx.settings
    },
    close: async () => {
      for (const timer of ctx.pendingWrites) clearTimeout(timer)
      ctx.pendingWrites.clear()
      ctx.hub.closeAll('terminate')
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      // Hanging faults and keep-alive connections would otherwise keep close() waiting forever.
      server.closeAllConnections()
      await closed
    },
  }
}
