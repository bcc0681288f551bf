import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { attributeMapSchema } from '../../src/genesys/attribute-map.ts'
import type { EmulatorContext, Exchange } from '../context.ts'
import { notFound } from '../http/genesys-error.ts'
import { sendJson } from '../http/respond.ts'
import { publishConversationChange } from '../notifications/publish.ts'
import { buildConversation, endConversation } from '../state/conversation-builder.ts'
import { conversationDescriptionSchema } from '../state/conversation-description.ts'
import type { EmulatorState } from '../state/store.ts'
import { parseAdminBody } from './admin-body.ts'

/*
 * POST /__admin/call-generator starts inbound calls into a queue at a steady rate, for the enrichment service's
 * tests and the bench: each call is a customer leg (ani, dnis, what the IVR collected), a finished IVR leg and an
 * ACD leg waiting in the queue, created like POST /__admin/conversations (so queue topics and the details query
 * see them). Bounded: at most 5,000 calls and 10 minutes; a reset or shutdown stops it.
 * GET /__admin/call-generator/{id} lists the calls started so far; DELETE stops it.
 */

const generatorSchema = z.strictObject({
  queueId: z.string().min(1),
  callsPerMinute: z.number().positive().max(60_000),
  count: z.number().int().positive().max(5_000),
  /** Stop after this long even if not all calls started. */
  maxDurationSeconds: z.number().positive().max(600).default(600),
  /** Caller numbers, used in turn; default +1555000NNNN by call number. */
  anis: z.array(z.string().min(1)).min(1).optional(),
  dnis: z.string().min(1).default('tel:+18005550100'),
  /** What the IVR wrote on the customer leg before the call reached the queue. */
  customerAttributes: z.optional(attributeMapSchema),
  /** End each call this long after it started (default: they stay up). */
  endAfterMs: z.number().int().positive().max(600_000).optional(),
})
type GeneratorSpec = z.infer<typeof generatorSchema>

interface StartedCall {
  conversationId: string
  customerParticipantId: string
  ani: string
  startTime: string
}

interface Generator {
  id: string
  spec: GeneratorSpec
  started: StartedCall[]
  stopped: boolean
  stop(): void
}

/** Per state object, so a reset (which replaces the state) forgets every generator. */
const generators = new WeakMap<EmulatorState, Map<string, Generator>>()

function generatorsOf(ctx: EmulatorContext): Map<string, Generator> {
  let map = generators.get(ctx.state)
  if (!map) {
    map = new Map<string, Generator>()
    generators.set(ctx.state, map)
  }
  return map
}

const defaultAni = (n: number): string => `tel:+1555${String(n).padStart(7, '0')}`

function startCall(ctx: EmulatorContext, spec: GeneratorSpec, n: number): StartedCall {
  const ani = spec.anis ? (spec.anis[n % spec.anis.length] ?? defaultAni(n)) : defaultAni(n)
  const now = new Date(ctx.now())
  const customerId = randomUUID()
  const description = conversationDescriptionSchema.parse({
    media: 'call',
    address: spec.dnis,
    participants: [
      {
        id: customerId,
        purpose: 'customer',
        name: `Caller ${n + 1}`,
        address: ani,
        ani,
        dnis: spec.dnis,
        ...(spec.customerAttributes && { attributes: spec.customerAttributes }),
      },
      {
        purpose: 'ivr',
        name: 'Main IVR Flow',
        address: spec.dnis,
        ani,
        dnis: spec.dnis,
        state: 'disconnected',
      },
      { purpose: 'acd', name: 'Queue', queueId: spec.queueId, address: spec.dnis, ani, dnis: spec.dnis },
    ],
  })
  const conversation = buildConversation(description, now, randomUUID)
  ctx.state.conversations.set(conversation.id, conversation)
  publishConversationChange(ctx, conversation)
  if (spec.endAfterMs !== undefined) later(ctx, spec.endAfterMs, () => endCall(ctx, conversation.id))
  return {
    conversationId: conversation.id,
    customerParticipantId: customerId,
    ani,
    startTime: now.toISOString(),
  }
}

function endCall(ctx: EmulatorContext, conversationId: string): void {
  const conversation = ctx.state.conversations.get(conversationId)
  if (!conversation || conversation.endTime !== undefined) return
  const ended = endConversation(conversation, new Date(ctx.now()).toISOString())
  ctx.state.conversations.set(ended.id, ended)
  publishConversationChange(ctx, ended)
}

/** A timer that reset and shutdown clear (they clear pendingWrites), and that does nothing in a newer state. */
function later(ctx: EmulatorContext, ms: number, action: () => void): NodeJS.Timeout {
  const state = ctx.state
  const timer = setTimeout(() => {
    ctx.pendingWrites.delete(timer)
    if (ctx.state === state) action()
  }, ms)
  ctx.pendingWrites.add(timer)
  return timer
}

const summary = (g: Generator) => ({
  id: g.id,
  queueId: g.spec.queueId,
  callsPerMinute: g.spec.callsPerMinute,
  count: g.spec.count,
  done: g.stopped || g.started.length >= g.spec.count,
  started: g.started,
})

export async function postCallGenerator(ex: Exchange): Promise<void> {
  const spec = await parseAdminBody(ex, generatorSchema)
  const ctx = ex.ctx
  const intervalMs = 60_000 / spec.callsPerMinute
  const startedAt = ctx.now()
  let timer: NodeJS.Timeout | undefined
  const generator: Generator = {
    id: randomUUID(),
    spec,
    started: [],
    stopped: false,
    stop: () => {
      generator.stopped = true
      clearTimeout(timer)
      if (timer) ctx.pendingWrites.delete(timer)
    },
  }
  // Each call is due at startedAt + n × interval: the rate holds even when a tick runs late.
  const tick = (): void => {
    if (generator.stopped) return
    generator.started.push(startCall(ctx, spec, generator.started.length))
    const next = startedAt + generator.started.length * intervalMs
    if (generator.started.length >= spec.count || next - startedAt > spec.maxDurationSeconds * 1000)
      return generator.stop()
    timer = later(ctx, Math.max(0, next - ctx.now()), tick)
  }
  generatorsOf(ctx).set(generator.id, generator)
  tick()
  sendJson(ex.res, 202, summary(generator))
}

function existing(ex: Exchange): Generator {
  const generator = generatorsOf(ex.ctx).get(ex.params.generatorId ?? '')
  if (!generator) throw notFound('call generator')
  return generator
}

export function getCallGenerator(ex: Exchange): void {
  sendJson(ex.res, 200, summary(existing(ex)))
}

export function deleteCallGenerator(ex: Exchange): void {
  const generator = existing(ex)
  generator.stop()
  sendJson(ex.res, 200, summary(generator))
}
