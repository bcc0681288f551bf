import type { APIRequestContext } from '@playwright/test'
import { emulatorAdmin, type EmulatorAdmin } from './emulator-admin.ts'

/**
 * The emulator admin client that remembers the calls it made, so endCreatedConversations can end them. (It used
 * to retry reads once on "socket hang up": a keep-alive race in the test's HTTP client. The emulator now closes
 * every admin connection after its answer, which removes the race for every spec, not only these.)
 */
const created = new Set<string>()

export function reliabilityAdmin(request: APIRequestContext): EmulatorAdmin {
  const admin = emulatorAdmin(request)
  return {
    ...admin,
    createCall: async (options) => {
      const call = await admin.createCall(options)
      created.add(call.conversation.id)
      return call
    },
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
