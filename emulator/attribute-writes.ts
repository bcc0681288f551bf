import type { AttributeMap } from '../src/genesys/attribute-map.ts'
import { attributeEntries } from '../src/genesys/attribute-map.ts'
import type { EmulatorContext } from './context.ts'
import { publishConversationChange } from './notifications/publish.ts'
import { applyAttributeWrite } from './state/attributes.ts'
import type { WriteLogEntry } from './state/model.ts'

export interface AttributeWriteInput {
  conversationId: string
  participantId: string
  patch: AttributeMap
  by: string
  source: string
  delayMs: number
}

/**
 * Records an accepted write and applies it after delayMs (0 → at once): merge into the participant, stamp the log
 * entry, notify subscribers. The log entry exists from acceptance, so tests can count requests, not just effects.
 */
export function scheduleAttributeWrite(ctx: EmulatorContext, input: AttributeWriteInput): WriteLogEntry {
  const entry: WriteLogEntry = {
    conversationId: input.conversationId,
    participantId: input.participantId,
    by: input.by,
    source: input.source,
    names: attributeEntries(input.patch).map(([name]) => name),
    acceptedAt: new Date(ctx.now()).toISOString(),
    appliedAt: null,
  }
  ctx.state.writeLog.push(entry)
  const state = ctx.state
  const apply = (): void => {
    // A reset in between replaced the state: this write belonged to the old world.
    if (ctx.state !== state) return
    const conversation = state.conversations.get(input.conversationId)
    if (!conversation) return
    const updated = applyAttributeWrite(conversation, input.participantId, input.patch)
    state.conversations.set(updated.id, updated)
    entry.appliedAt = new Date(ctx.now()).toISOString()
    publishConversationChange(ctx, updated)
  }
  if (input.delayMs <= 0) {
    apply()
  } else {
    const timer = setTimeout(() => {
      ctx.pendingWrites.delete(timer)
      apply()
    }, input.delayMs)
    ctx.pendingWrites.add(timer)
  }
  return entry
}
