import * as z from 'zod/mini'

/**
 * Up to ten widget frames in one tab share one token. When renewal time comes, the first frame to claim it does
 * the work; the others wait for its broadcast. sessionStorage is shared by those frames and written synchronously,
 * which makes it good enough as a short-lived claim.
 */
const claimSchema = z.strictObject({ owner: z.string(), until: z.number() })
const claimKey = (tokenKey: string) => `${tokenKey}:renewal-claim`

export function claimRenewal(
  storage: Storage,
  tokenKey: string,
  owner: string,
  now: number,
  holdMs = 30_000,
): boolean {
  const text = storage.getItem(claimKey(tokenKey))
  if (text !== null) {
    try {
      const claim = claimSchema.safeParse(JSON.parse(text))
      if (claim.success && claim.data.owner !== owner && claim.data.until > now) return false
    } catch {
      // A broken claim is no claim.
    }
  }
  storage.setItem(claimKey(tokenKey), JSON.stringify({ owner, until: now + holdMs }))
  return true
}

export function releaseRenewal(storage: Storage, tokenKey: string): void {
  storage.removeItem(claimKey(tokenKey))
}

/**
 * Marks a sign-in redirect in progress. If the page loads again without an OAuth answer, the login page never
 * sent one back: inside a frame because it refuses to be framed, at top level because it showed an error (an
 * unknown client id, an unregistered redirect URI) and the user came back, or because the user gave up.
 */
const redirectMarkSchema = z.strictObject({ at: z.number(), framed: z.boolean() })
const redirectMarkKey = (launchKey: string) => `pdw.auth.redirect-mark:${launchKey}`
const redirectMarkWindowMs = 10 * 60 * 1000

export function markRedirect(storage: Storage, launchKey: string, now: number, framed: boolean): void {
  storage.setItem(redirectMarkKey(launchKey), JSON.stringify({ at: now, framed }))
}

export function readRedirectMark(
  storage: Storage,
  launchKey: string,
  now: number,
): { framed: boolean } | undefined {
  const text = storage.getItem(redirectMarkKey(launchKey))
  if (text === null) return undefined
  try {
    const mark = redirectMarkSchema.safeParse(JSON.parse(text))
    return mark.success && now - mark.data.at < redirectMarkWindowMs
      ? { framed: mark.data.framed }
      : undefined
  } catch {
    return undefined
  }
}

export function clearRedirectMark(storage: Storage, launchKey: string): void {
  storage.removeItem(redirectMarkKey(launchKey))
}
