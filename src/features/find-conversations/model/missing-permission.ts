import { isGenesysApiError } from '../../../genesys/errors.ts'

/**
 * The permission a 403 names. Genesys writes it into the message ("You are missing the following permission(s):
 * [conversation:participant:attributesview]"); `fallback` is the one the SDK documents for the endpoint, used when
 * the message names none.
 */
export function missingPermission(error: unknown, fallback: string): string | undefined {
  if (!isGenesysApiError(error) || error.kind !== 'forbidden') return undefined
  const named = /permission\(s\):\s*\[([^\]]+)\]/i.exec(error.messageFromServer ?? '')?.[1]
  return named?.trim() || fallback
}
