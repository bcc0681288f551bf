import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FaultRegistry } from './faults.ts'
import type { SlidingWindowLimiter } from './http/rate-limit.ts'
import type { NotificationHub } from './notifications/hub.ts'
import type { EmulatorSettings } from './settings.ts'
import type { OAuthClient } from './state/clients.ts'
import type { EmulatorState } from './state/store.ts'

/** The one mutable shell around the pure state functions; every HTTP handler receives it. */
export interface EmulatorContext {
  settings: EmulatorSettings
  readonly initialSettings: EmulatorSettings
  state: EmulatorState
  readonly clients: readonly OAuthClient[]
  readonly corsOrigins: ReadonlySet<string>
  origin: string
  readonly limiter: SlidingWindowLimiter
  readonly faults: FaultRegistry
  readonly hub: NotificationHub
  /** Timers of accepted-but-not-yet-applied writes; cleared on reset and close. */
  readonly pendingWrites: Set<NodeJS.Timeout>
  now(): number
}

export interface Exchange {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  params: Record<string, string>
  ctx: EmulatorContext
  /** Also sent as inin-correlation-id and in every error body. */
  contextId: string
}

export type Handler = (exchange: Exchange) => void | Promise<void>
