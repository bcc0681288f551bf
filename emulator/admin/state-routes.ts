import { z } from 'zod'
import type { EmulatorContext, Exchange } from '../context.ts'
import { sendJson } from '../http/respond.ts'
import { parseAdminBody } from './admin-body.ts'
import { settingsPatchSchema, mergeSettings } from '../settings.ts'
import { createSeededState } from '../state/store.ts'
import { tokenSummary } from '../state/tokens.ts'
import { conversationWire } from '../state/wire.ts'
import { emulatorUsers } from '../state/users.ts'

/** Back to the seeded scenario and the start-up settings; sockets get socket_closing, pending writes are dropped. */
export function resetEmulator(ctx: EmulatorContext): void {
  for (const timer of ctx.pendingWrites) clearTimeout(timer)
  ctx.pendingWrites.clear()
  ctx.hub.closeAll('graceful')
  ctx.faults.clear()
  ctx.limiter.clear()
  ctx.settings = { ...ctx.initialSettings }
  ctx.state = createSeededState(new Date(ctx.now()))
}

export function postReset(ex: Exchange): void {
  resetEmulator(ex.ctx)
  sendJson(ex.res, 200, { reset: true })
}

/** Everything a test may want to assert on. Token values are never shown, only who holds them. */
export function getState(ex: Exchange): void {
  const { state, settings, faults, hub } = ex.ctx
  sendJson(ex.res, 200, {
    settings,
    users: emulatorUsers.map(({ id, email, name }) => ({ id, email, name })),
    conversations: [...state.conversations.values()].map((c) => ({
      ...conversationWire(c),
      active: c.endTime === undefined,
    })),
    writeLog: state.writeLog,
    pendingWrites: ex.ctx.pendingWrites.size,
    channels: [...state.channels.values()].map((c) => ({
      id: c.id,
      owner: c.owner,
      clientId: c.clientId,
      created: new Date(c.createdAt).toISOString(),
      topics: c.topics,
      expires: new Date(c.expiresAt).toISOString(),
      expired: c.expired,
      connectedSockets: hub.connectedCount(c.id),
    })),
    tokens: [...state.tokens.values()].map(tokenSummary),
    sessions: state.sessions.size,
    faults: faults.list(),
  })
}

export async function postSettings(ex: Exchange): Promise<void> {
  const patch = await parseAdminBody(ex, settingsPatchSchema)
  ex.ctx.settings = mergeSettings(ex.ctx.settings, patch)
  sendJson(ex.res, 200, ex.ctx.settings)
}

const revokeSchema = z
  .strictObject({
    userId: z.string().min(1).optional(),
    email: z.string().min(1).optional(),
    clientId: z.string().min(1).optional(),
    /** Also end the user's emulator login session, so the next sign-in shows the page again. */
    endSessions: z.boolean().default(false),
  })
  .refine((b) => b.userId ?? b.email ?? b.clientId, { message: 'Name a userId, email or clientId.' })

/** POST /__admin/tokens/revoke: revoke every matching token (and optionally the login sessions). */
export async function postRevokeTokens(ex: Exchange): Promise<void> {
  const body = await parseAdminBody(ex, revokeSchema)
  const userId = body.userId ?? emulatorUsers.find((u) => u.email === body.email)?.id
  let revoked = 0
  for (const token of ex.ctx.state.tokens.values()) {
    const matches =
      (userId !== undefined && token.userId === userId) ||
      (body.clientId !== undefined && token.clientId === body.clientId)
    if (matches && !token.revoked) {
      token.revoked = true
      revoked += 1
    }
  }
  let sessionsEnded = 0
  if (body.endSessions && userId !== undefined) {
    for (const [id, owner] of ex.ctx.state.sessions) {
      if (owner === userId) {
        ex.ctx.state.sessions.delete(id)
        sessionsEnded += 1
      }
    }
  }
  sendJson(ex.res, 200, { revoked, sessionsEnded })
}
