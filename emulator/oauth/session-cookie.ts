import type { IncomingMessage } from 'node:http'

/** The emulator's own login session (like the Genesys login session): lets a signed-in user skip the page. */
export const sessionCookieName = 'gc_emulator_session'

export function readSessionId(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === sessionCookieName) return rest.join('=') || null
  }
  return null
}

export function sessionCookie(sessionId: string): string {
  return `${sessionCookieName}=${sessionId}; Path=/; HttpOnly; SameSite=Lax`
}

export function clearedSessionCookie(): string {
  return `${sessionCookieName}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`
}
