/**
 * When to renew a token. The lead is the configured number of seconds, but never more than a fifth of the
 * token's lifetime, so a 5-minute token is not renewed after 1 minute of use and a 10-second test token still
 * gets 8 seconds of use.
 */
export interface RenewalPlan {
  renewAt: number
  expiresAt: number
  leadMs: number
}

export function planRenewal({
  obtainedAt,
  expiresAt,
  leadSeconds,
}: {
  obtainedAt: number
  expiresAt: number
  leadSeconds: number
}): RenewalPlan {
  const lifetimeMs = Math.max(0, expiresAt - obtainedAt)
  const leadMs = Math.min(leadSeconds * 1000, Math.floor(lifetimeMs / 5))
  return { renewAt: expiresAt - leadMs, expiresAt, leadMs }
}

/** Whole seconds left, for "Your Genesys session ends in N s"; never negative. */
export function secondsLeft(expiresAt: number, now: number): number {
  return Math.max(0, Math.ceil((expiresAt - now) / 1000))
}
