export interface RateLimitInfo {
  count?: number
  allowed?: number
  reset?: string
}

/**
 * Genesys reports its per-client budget in `inin-ratelimit-*` headers (when CORS exposes them). Returns undefined
 * when none is readable, so callers are only told about real figures.
 */
export function readRateLimitInfo(headers: { get(name: string): string | null }): RateLimitInfo | undefined {
  const count = readNumber(headers.get('inin-ratelimit-count'))
  const allowed = readNumber(headers.get('inin-ratelimit-allowed'))
  const reset = headers.get('inin-ratelimit-reset')?.trim()
  if (count === undefined && allowed === undefined && !reset) return undefined
  const info: RateLimitInfo = {}
  if (count !== undefined) info.count = count
  if (allowed !== undefined) info.allowed = allowed
  if (reset) info.reset = reset
  return info
}

function readNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const number = Number(value)
  return Number.isFinite(number) ? number : undefined
}
