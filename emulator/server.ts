import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { EmulatorContext } from './context.ts'
import { FaultRegistry } from './faults.ts'
import { dispatch } from './http/dispatch.ts'
import {
  describeClientError,
  endSocketWithError,
  requestPathOrNull,
  upgradeProblem,
} from './http/malformed.ts'
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
  /** The emulator's clock (ms): tests move it forward instead of sleeping until a code or token expires. */
  now?: () => number
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
    now: options.now ?? (() => Date.now()),
  }

  // requireHostHeader off: Node would answer a missing Host itself with an empty 400; dispatch answers it instead.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    dispatch(ctx, routes, req, res).catch((error: unknown) => {
      console.error('[emulator] request failed outside the error handling', error)
      res.destroy()
    })
  })
  // Node answers an unparsable request line or header with a bare 400; ours carries the Genesys error body.
  server.on('clientError', (error, socket) => {
    const answer = describeClientError(error)
    // A response already under way on this socket (pipelining) must not get a second one spliced into it.
    const inFlight =
      (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true
    if (answer && !inFlight) endSocketWithError(socket, answer.status, answer.code, answer.message)
    else socket.destroy()
  })
  server.on('upgrade', (req, socket, head) => {
    // Node hands an upgrading socket over without its error listener: a reset here would end the process.
    socket.on('error', () => socket.destroy())
    try {
      const path = requestPathOrNull(req.url)
      if (path === null) {
        endSocketWithError(
          socket,
          400,
          'bad.request',
          'The request target could not be parsed as a URL path.',
        )
        return
      }
      const channelId = channelPath.exec(path)?.[1]
      if (channelId === undefined) {
        endSocketWithError(socket, 404, 'not.found', 'The requested notification channel was not found.')
        return
      }
      const problem = upgradeProblem(req.headers)
      if (problem !== null) {
        endSocketWithError(socket, 400, 'bad.request', problem)
        return
      }
      ctx.hub.handleUpgrade(req, socket, head, channelId)
    } catch (error) {
      console.error('[emulator] WebSocket upgrade failed', error)
      endSocketWithError(socket, 500, 'internal.server.error', 'Internal emulator error.')
    }
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
