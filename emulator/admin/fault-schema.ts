import { z } from 'zod'

/*
 * POST /__admin/faults. Two kinds:
 * - target "http": the next `times` requests whose method and path match get `fault` instead of (or, for delay,
 *   before) the normal answer. `path` matches the URL path without query; `*` is one segment, `**` any rest.
 * - target "socket": acts at once on the notification sockets of one channel (or all): drop the TCP connection,
 *   send socket_closing and close, or expire the channel.
 */

const statusCode = z.number().int().min(100).max(599)

export const httpFaultActionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('status'),
    status: statusCode,
    /** JSON body; omitted → a Genesys error body for the status. */
    body: z.unknown().optional(),
    /** Sent byte for byte instead of `body`. */
    rawBody: z.string().optional(),
    headers: z.record(z.string(), z.string()).optional(),
  }),
  z.strictObject({ type: z.literal('delay'), ms: z.number().int().nonnegative().max(300_000) }),
  z.strictObject({ type: z.literal('hang') }),
  z.strictObject({ type: z.literal('drop') }),
  z.strictObject({ type: z.literal('malformed-json'), status: statusCode.default(200) }),
  z.strictObject({
    type: z.literal('wrong-shape'),
    status: statusCode.default(200),
    body: z.unknown().optional(),
  }),
])
export type HttpFaultAction = z.output<typeof httpFaultActionSchema>

export const httpFaultSchema = z.strictObject({
  target: z.literal('http'),
  method: z
    .string()
    .regex(/^(\*|[A-Za-z]+)$/)
    .transform((m) => m.toUpperCase())
    .default('*'),
  path: z.string().startsWith('/'),
  times: z.number().int().positive().max(10_000).default(1),
  fault: httpFaultActionSchema,
})
export type HttpFaultSpec = z.output<typeof httpFaultSchema>

export const socketFaultSchema = z.strictObject({
  target: z.literal('socket'),
  action: z.enum(['drop', 'closing', 'expire']),
  /** Omitted → every open channel. */
  channelId: z.string().min(1).optional(),
})
export type SocketFaultSpec = z.output<typeof socketFaultSchema>

export const faultRequestSchema = z.discriminatedUnion('target', [httpFaultSchema, socketFaultSchema])
