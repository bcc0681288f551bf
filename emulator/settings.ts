import { z } from 'zod'
import type { TopicRejection } from './notifications/topics.ts'

/** Everything a test or demo may tune at run time (POST /__admin/settings). Defaults and reasons: docs/EMULATOR.md. */
export interface EmulatorSettings {
  /** Access token lifetime. Genesys default per OAuth client is 24 h (allowed 300 to 172,800 s). */
  tokenLifetimeSeconds: number
  /** How long an accepted (202) attribute write waits before it is applied, so reads right after can be stale. */
  writeDelayMs: number
  /** Requests per sliding minute per access token (Genesys: about 300 per user per OAuth client). */
  rateLimitPerMinute: number
  heartbeatIntervalMs: number
  /** Genesys publishes no API limits for participant data; these are our defensible guesses, kept as settings. */
  maxAttributesPerParticipant: number
  maxValueLength: number
  maxNameLength: number
  maxBodyBytes: number
  /** A notification channel lives 24 h on the real platform. */
  channelLifetimeSeconds: number
  /** Live channels per user and OAuth client; one more removes the oldest (Genesys: 20). */
  maxChannelsPerUserApp: number
  /** Whether CORS exposes Retry-After; unconfirmed on the real platform, so off by default. */
  exposeRetryAfter: boolean
  /** RFC 6749 §4.1.2 recommends at most 10 minutes; Genesys does not publish its value. */
  codeLifetimeSeconds: number
  /** Topics every subscription answers as Rejected (with this reason and these missing permissions), for tests. */
  rejectTopics: readonly TopicRejection[]
  /**
   * Participant attribute names an admin made searchable for POST /api/v2/conversations/participants/attributes/
   * search (Genesys: only configured attributes are indexed; the configuration API is not modelled) [assumed].
   */
  searchableAttributes: readonly string[]
  /** Made-up queues listed after the seeded ones, to try a large org (queue lists come in pages). */
  extraQueues: number
}

export const defaultSettings: Readonly<EmulatorSettings> = Object.freeze({
  tokenLifetimeSeconds: 86_400,
  writeDelayMs: 300,
  rateLimitPerMinute: 300,
  heartbeatIntervalMs: 30_000,
  maxAttributesPerParticipant: 1_000,
  maxValueLength: 32_768,
  maxNameLength: 256,
  maxBodyBytes: 1_048_576,
  channelLifetimeSeconds: 86_400,
  maxChannelsPerUserApp: 20,
  exposeRetryAfter: false,
  codeLifetimeSeconds: 300,
  rejectTopics: [],
  searchableAttributes: ['IntentDetected', 'AccountNumber', 'CustomerName', 'LoyaltyTier', 'CRM.CaseId'],
  extraQueues: 0,
})

const positiveInt = z.number().int().positive()
const nonNegativeInt = z.number().int().nonnegative()

/**
 * setTimeout and setInterval take at most 2^31-1 ms (about 24.8 days); a longer wait is clamped to 1 ms by Node,
 * so a "never apply" delay would apply at once. Every setting that ends up in a timer stays within it.
 */
export const maxTimerMs = 2 ** 31 - 1
const timerMs = (base: z.ZodNumber) =>
  base.max(maxTimerMs, {
    message: `must be at most ${maxTimerMs} ms (about 24.8 days): Node timers wait no longer`,
  })
const timerSeconds = positiveInt.max(Math.floor(maxTimerMs / 1000), {
  message: `must be at most ${Math.floor(maxTimerMs / 1000)} s (about 24.8 days): Node timers wait no longer`,
})

/** Partial settings as POST /__admin/settings and startEmulator accept them; unknown keys are refused. */
export const settingsPatchSchema = z.strictObject({
  tokenLifetimeSeconds: positiveInt.optional(),
  writeDelayMs: timerMs(nonNegativeInt).optional(),
  rateLimitPerMinute: positiveInt.optional(),
  heartbeatIntervalMs: timerMs(positiveInt).optional(),
  maxAttributesPerParticipant: positiveInt.optional(),
  maxValueLength: positiveInt.optional(),
  maxNameLength: positiveInt.optional(),
  maxBodyBytes: positiveInt.optional(),
  channelLifetimeSeconds: timerSeconds.optional(),
  maxChannelsPerUserApp: positiveInt.optional(),
  exposeRetryAfter: z.boolean().optional(),
  codeLifetimeSeconds: positiveInt.optional(),
  rejectTopics: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        rejectionReason: z.string().optional(),
        missingPermissions: z.array(z.string()).max(100).optional(),
      }),
    )
    .max(1_000)
    .optional(),
  searchableAttributes: z.array(z.string().min(1).max(256)).max(100).optional(),
  extraQueues: nonNegativeInt.max(10_000).optional(),
})
export type SettingsPatch = z.infer<typeof settingsPatchSchema>

export function mergeSettings(
  base: EmulatorSettings,
  patch: { [K in keyof EmulatorSettings]?: EmulatorSettings[K] | undefined },
): EmulatorSettings {
  const merged: EmulatorSettings = { ...base }
  for (const key of Object.keys(patch) as Array<keyof EmulatorSettings>) {
    const value = patch[key]
    if (value !== undefined) Object.assign(merged, { [key]: value })
  }
  return merged
}
