import { z } from 'zod'

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

/** Marks a sign-in redirect made inside a frame; if the page loads again without an answer, the login page refused the frame. */
const framedRedirectSchema = z.strictObject({ at: z.number() })
const framedRedirectKey = 'pdw.auth.framed-redirect'
const framedRedirectWindowMs = 10 * 60 * 1000

export function markFramedRedirect(storage: Storage, now: number): void {
  storage.setItem(framedRedirectKey, JSON.stringify({ at: now }))
}

export function hasFramedRedirectMark(storage: Storage, now: number): boolean {
  const text = storage.getItem(framedRedirectKey)
  if (text === null) return false
  try {
    const mark = framedRedirectSchema.safeParse(JSON.parse(text))
    return mark.success && now - mark.data.at < framedRedirectWindowMs
  } catch {
    return false
  }
}

export function clearFramedRedirectMark(storage: Storage): void {
  storage.removeItem(framedRedirectKey)
}
