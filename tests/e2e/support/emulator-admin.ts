import type { APIRequestContext } from '@playwright/test'
import { e2ePorts } from '../../../playwright.config.ts'
import { SEED } from '../../../emulator/seed.ts'
import type { WriteLogEntry } from '../../../emulator/state/model.ts'

export type { WriteLogEntry }

export { SEED }
export const emulatorOrigin = `http://127.0.0.1:${e2ePorts.emulator}`
export const widgetOrigin = `http://127.0.0.1:${e2ePorts.widget}`

export interface WireParticipant {
  id: string
  purpose: string
  name?: string | null
  userId?: string
  attributes: Record<string, string>
}
export interface WireConversation {
  id: string
  participants: WireParticipant[]
}

interface ParticipantSpec {
  purpose: string
  name?: string
  userId?: string
  queueId?: string
  ani?: string
  attributes?: Record<string, string>
  state?: string
  /** Real-world oddities on the wire: no `attributes` key, `null` in optional fields (docs/EMULATOR.md). */
  wire?: {
    omitAttributes?: boolean
    nullFields?: Array<'name' | 'userId' | 'queueId' | 'address' | 'ani' | 'dnis'>
  }
}

/** The emulator's admin API, as the browser tests use it: each test makes its own conversation to stay isolated. */
export function emulatorAdmin(request: APIRequestContext) {
  const url = (path: string) => `${emulatorOrigin}/__admin${path}`
  const ok = async <T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> => {
    if (!response.ok())
      throw new Error(
        `emulator admin ${response.url()} answered ${response.status()}: ${await response.text()}`,
      )
    return (await response.json()) as T
  }
  return {
    async createConversation(spec: {
      media?: string
      ended?: boolean
      participants: ParticipantSpec[]
    }): Promise<WireConversation> {
      return ok(await request.post(url('/conversations'), { data: spec }))
    },
    /** A call for `userId` with an IVR-fed customer leg, like the seeded one but private to the test. */
    async createCall(options: {
      customerAttributes: Record<string, string>
      customerName?: string
      agentUserId?: string
      ended?: boolean
    }) {
      const conversation = await this.createConversation({
        media: 'call',
        ...(options.ended ? { ended: true } : {}),
        participants: [
          {
            purpose: 'customer',
            name: options.customerName ?? 'Maria Schneider',
            attributes: options.customerAttributes,
          },
          { purpose: 'ivr', name: 'Main IVR' },
          { purpose: 'agent', name: 'Alex Morgan', userId: options.agentUserId ?? SEED.users.agent.id },
        ],
      })
      const customer = conversation.participants.find((participant) => participant.purpose === 'customer')
      if (!customer) throw new Error('no customer participant created')
      return { conversation, customerId: customer.id }
    },
    async writeAsFlow(
      conversationId: string,
      participantId: string,
      attributes: Record<string, string>,
      source = 'flow',
    ) {
      return ok(
        await request.post(url(`/conversations/${conversationId}/participants/${participantId}/attributes`), {
          data: { attributes, source },
        }),
      )
    },
    async endConversation(conversationId: string) {
      return ok(await request.post(url(`/conversations/${conversationId}/end`), { data: {} }))
    },
    async conversation(conversationId: string): Promise<WireConversation> {
      const state = await ok<{ conversations: WireConversation[] }>(await request.get(url('/state')))
      const found = state.conversations.find((conversation) => conversation.id === conversationId)
      if (!found) throw new Error(`conversation ${conversationId} not in emulator state`)
      return found
    },
    async attributes(conversationId: string, participantId: string): Promise<Record<string, string>> {
      const conversation = await this.conversation(conversationId)
      const participant = conversation.participants.find((p) => p.id === participantId)
      if (!participant) throw new Error(`participant ${participantId} not found`)
      return participant.attributes
    },
    /** The emulator's log of accepted writes to one participant (who, which names), oldest first. */
    async writes(conversationId: string, participantId: string): Promise<WriteLogEntry[]> {
      const state = await ok<{ writeLog: WriteLogEntry[] }>(await request.get(url('/state')))
      return state.writeLog.filter(
        (entry) => entry.conversationId === conversationId && entry.participantId === participantId,
      )
    },
    async state(): Promise<Record<string, unknown>> {
      return ok(await request.get(url('/state')))
    },
    async settings(settings: Record<string, unknown>) {
      return ok(await request.post(url('/settings'), { data: settings }))
    },
    async fault(fault: Record<string, unknown>) {
      return ok(await request.post(url('/faults'), { data: fault }))
    },
    async clearFaults() {
      const response = await request.delete(url('/faults'))
      if (!response.ok()) throw new Error(`clearing faults failed: ${response.status()}`)
    },
  }
}
export type EmulatorAdmin = ReturnType<typeof emulatorAdmin>

/** Admin calls only the reliability specs need. */
export function emulatorReliabilityAdmin(request: APIRequestContext) {
  const url = (path: string) => `${emulatorOrigin}/__admin${path}`
  return {
    /** Revokes every token of the user; the emulator login session stays, so a silent sign-in still works. */
    async revokeTokens(email: string): Promise<void> {
      const response = await request.post(url('/tokens/revoke'), { data: { email } })
      if (!response.ok()) throw new Error(`revoking tokens failed: ${response.status()}`)
    },
    /** A flow write accepted now that lands `delayMs` later (202), as Genesys applies writes asynchronously. */
    async writeAsFlowLater(
      conversationId: string,
      participantId: string,
      attributes: Record<string, string>,
      delayMs: number,
    ): Promise<void> {
      const path = `/conversations/${conversationId}/participants/${participantId}/attributes`
      const response = await request.post(url(path), { data: { attributes, source: 'flow', delayMs } })
      if (!response.ok()) throw new Error(`delayed flow write failed: ${response.status()}`)
    },
  }
}
