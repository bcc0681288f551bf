import * as z from 'zod/mini'
import { AuthFlowError } from '../model/auth-failure.ts'

/**
 * The access token as this tab keeps it: in sessionStorage only (shared by same-origin widget frames in this tab,
 * gone when the tab closes), never in localStorage, never logged. Expiry is local clock time computed from
 * `expires_in` at receipt, so a skewed server clock cannot make a fresh token look expired.
 */
export const tokenRecordSchema = z.strictObject({
  accessToken: z.string().check(z.minLength(1)),
  tokenType: z.string().check(z.minLength(1)),
  obtainedAt: z.number().check(z.int(), z.nonnegative()),
  expiresAt: z.number().check(z.int(), z.positive()),
})
export type TokenRecord = z.infer<typeof tokenRecordSchema>

export interface ReceivedToken {
  accessToken: string
  tokenType: string
  expiresInSeconds: number | undefined
}

export function tokenFromResponse(received: ReceivedToken, now: number): TokenRecord {
  const { expiresInSeconds } = received
  if (expiresInSeconds === undefined || !Number.isFinite(expiresInSeconds) || expiresInSeconds <= 0) {
    throw new AuthFlowError('expired-at-receipt', `expires_in was ${String(expiresInSeconds)}`)
  }
  return {
    accessToken: received.accessToken,
    tokenType: received.tokenType,
    obtainedAt: now,
    expiresAt: now + Math.floor(expiresInSeconds * 1000),
  }
}

export function isTokenValid(record: TokenRecord | undefined, now: number): record is TokenRecord {
  return record !== undefined && record.expiresAt > now
}

export interface TokenStore {
  readonly key: string
  read(): TokenRecord | undefined
  write(record: TokenRecord): void
  clear(): void
}

/** One key per OAuth client and login host, so a region switch can never reuse another region's token. */
export function tokenStorageKey(clientId: string, loginOrigin: string): string {
  return `pdw.auth.token:${clientId}@${loginOrigin}`
}

export function createTokenStore(storage: Storage, clientId: string, loginOrigin: string): TokenStore {
  const key = tokenStorageKey(clientId, loginOrigin)
  return {
    key,
    read() {
      const text = storage.getItem(key)
      if (text === null) return undefined
      try {
        const parsed = tokenRecordSchema.safeParse(JSON.parse(text))
        if (parsed.success) return parsed.data
      } catch {
        // Not JSON: fall through and drop it.
      }
      storage.removeItem(key)
      return undefined
    },
    write: (record) => storage.setItem(key, JSON.stringify(record)),
    clear: () => storage.removeItem(key),
  }
}
