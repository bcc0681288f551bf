import { randomBytes } from 'node:crypto'
import type { TokenRecord } from './model.ts'

/** Opaque bearer tokens, like Genesys's: random, unguessable, meaningful only to the issuer. */
export function newOpaqueSecret(): string {
  return randomBytes(32).toString('base64url')
}

export function issueToken(input: {
  clientId: string
  userId: string | null
  lifetimeSeconds: number
  now: number
  fromCode?: string
}): TokenRecord {
  const record: TokenRecord = {
    token: newOpaqueSecret(),
    clientId: input.clientId,
    userId: input.userId,
    issuedAt: input.now,
    expiresAt: input.now + input.lifetimeSeconds * 1000,
    revoked: false,
  }
  if (input.fromCode !== undefined) record.fromCode = input.fromCode
  return record
}

export type TokenCheck =
  { ok: true; record: TokenRecord } | { ok: false; reason: 'missing' | 'unknown' | 'expired' | 'revoked' }

export function checkBearer(
  authorization: string | undefined,
  tokens: ReadonlyMap<string, TokenRecord>,
  now: number,
): TokenCheck {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
  if (!match?.[1]) return { ok: false, reason: 'missing' }
  const record = tokens.get(match[1])
  if (!record) return { ok: false, reason: 'unknown' }
  if (record.revoked) return { ok: false, reason: 'revoked' }
  if (record.expiresAt <= now) return { ok: false, reason: 'expired' }
  return { ok: true, record }
}

/** Public view for /__admin/state: never the token itself. */
export function tokenSummary(record: TokenRecord): Record<string, unknown> {
  return {
    clientId: record.clientId,
    userId: record.userId,
    issuedAt: new Date(record.issuedAt).toISOString(),
    expiresAt: new Date(record.expiresAt).toISOString(),
    revoked: record.revoked,
  }
}
