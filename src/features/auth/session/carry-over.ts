import * as z from 'zod/mini'
import { storageKeys } from './storage-keys.ts'

/**
 * What must survive a sign-in redirect: the launch parameters (gcConversationId, gcLangTag, ... which the
 * Genesys samples lose) and the screen the user was on. Saved in sessionStorage under an id that travels inside
 * the OAuth `state`, so two widget frames redirecting at once in one tab never pick up each other's record.
 */
const carryOverSchema = z.strictObject({
  search: z.string().check(z.maxLength(4_000)),
  returnState: z.optional(z.unknown()),
  savedAt: z.number(),
  framed: z.boolean(),
})
export type CarryOver = z.infer<typeof carryOverSchema>

const prefix = 'pdw.auth.carry:'
const maxAgeMs = 60 * 60 * 1000

export function saveCarryOver(storage: Storage, carryId: string, carry: CarryOver): void {
  pruneCarryOvers(storage, carry.savedAt)
  storage.setItem(prefix + carryId, JSON.stringify(carry))
}

export function peekCarryOver(storage: Storage, carryId: string): CarryOver | undefined {
  const text = storage.getItem(prefix + carryId)
  if (text === null) return undefined
  try {
    const parsed = carryOverSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** Read once: a callback replayed from history must not restore anything a second time. */
export function takeCarryOver(storage: Storage, carryId: string): CarryOver | undefined {
  const carry = peekCarryOver(storage, carryId)
  storage.removeItem(prefix + carryId)
  return carry
}

/** Abandoned sign-ins (the user closed the login page) would otherwise pile up for the life of the tab. */
export function pruneCarryOvers(storage: Storage, now: number): void {
  for (const key of storageKeys(storage)) {
    if (!key.startsWith(prefix)) continue
    const carry = peekCarryOver(storage, key.slice(prefix.length))
    if (!carry || now - carry.savedAt > maxAgeMs) storage.removeItem(key)
  }
}
