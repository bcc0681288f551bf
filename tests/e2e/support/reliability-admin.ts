import type { APIRequestContext } from '@playwright/test'
import { emulatorAdmin, type EmulatorAdmin } from './emulator-admin.ts'

/**
 * The emulator admin client with one retry for requests that are safe to repeat, when the keep-alive connection
 * was closed by the server just as the test reused it (ECONNRESET, "socket hang up"). That race is in the test's
 * HTTP client, not in the widget, and must not turn a fault-matrix row red.
 */
const created = new Set<string>()

export function reliabilityAdmin(request: APIRequestContext): EmulatorAdmin {
  const admin = emulatorAdmin(request)
  const again =
    <A extends unknown[], R>(operation: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await operation(...args)
      } catch (error) {
        if (!/ECONNRESET|socket hang up/i.test(String(error))) throw error
        return operation(...args)
      }
    }
  return {
    ...admin,
    createCall: async (options) => {
      const call = await admin.createCall(options)
      created.add(call.conversation.id)
      return call
    },
    conversation: again(admin.conversation.bind(admin)),
    attributes: again(admin.attributes.bind(admin)),
    writes: again(admin.writes.bind(admin)),
    state: again(admin.state.bind(admin)),
    settings: again(admin.settings.bind(admin)),
    clearFaults: again(admin.clearFaults.bind(admin)),
  }
}

/**
 * Ends the calls the reliability specs made, so they leave the agent's list of active conversations as they found
 * it for the specs that run after them (ended calls stay readable for the report's asserts).
 */
export async function endCreatedConversations(request: APIRequestContext): Promise<void> {
  const admin = emulatorAdmin(request)
  for (const id of [...created]) {
    created.delete(id)
    await admin.endConversation(id).catch(() => undefined)
  }
}
