import type { Exchange } from '../context.ts'
import { sendEmpty, sendJson } from '../http/respond.ts'
import type { SocketFaultSpec } from './fault-schema.ts'
import { faultRequestSchema } from './fault-schema.ts'
import { parseAdminBody } from './admin-body.ts'

function applySocketFault(ex: Exchange, spec: SocketFaultSpec): number {
  const { state, hub } = ex.ctx
  const channelIds = spec.channelId !== undefined ? [spec.channelId] : [...state.channels.keys()]
  let affected = 0
  for (const channelId of channelIds) {
    const channel = state.channels.get(channelId)
    if (!channel || channel.expired) continue
    affected += 1
    if (spec.action === 'drop') hub.dropSockets(channelId)
    else if (spec.action === 'closing') hub.closeSockets(channelId)
    else hub.expire(channelId)
  }
  return affected
}

/** POST /__admin/faults: see admin/fault-schema.ts and docs/EMULATOR.md for the body. */
export async function postFault(ex: Exchange): Promise<void> {
  const spec = await parseAdminBody(ex, faultRequestSchema)
  if (spec.target === 'http') {
    sendJson(ex.res, 201, ex.ctx.faults.add(spec))
    return
  }
  sendJson(ex.res, 200, {
    target: 'socket',
    action: spec.action,
    affectedChannels: applySocketFault(ex, spec),
  })
}

export function deleteFaults(ex: Exchange): void {
  ex.ctx.faults.clear()
  sendEmpty(ex.res, 204)
}

export function getFaults(ex: Exchange): void {
  sendJson(ex.res, 200, { faults: ex.ctx.faults.list() })
}
