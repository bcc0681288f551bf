import { createHash, randomBytes } from 'node:crypto'
import { SEED } from '../seed.ts'
import type { SeedUserKey } from '../seed.ts'

/** Test helpers that speak to a running emulator over real HTTP, as the widget and scripts do. */

export const widgetRedirect = 'http://127.0.0.1:5173/'

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

export interface AuthorizeOptions {
  user?: SeedUserKey
  clientId?: string
  redirectUri?: string
  responseType?: 'code' | 'token'
  challenge?: string
  state?: string
  decision?: 'allow' | 'deny'
}

/** Submits the login form (POST /oauth/authorize) and returns the redirect Location and the session cookie. */
export async function submitLogin(
  origin: string,
  options: AuthorizeOptions = {},
): Promise<{ location: URL; cookie: string }> {
  const form = new URLSearchParams({
    client_id: options.clientId ?? 'widget-local',
    redirect_uri: options.redirectUri ?? widgetRedirect,
    response_type: options.responseType ?? 'code',
    state: options.state ?? 'state-123',
    user_id: SEED.users[options.user ?? 'agent'].id,
    decision: options.decision ?? 'allow',
  })
  if ((options.responseType ?? 'code') === 'code') {
    form.set('code_challenge', options.challenge ?? pkcePair().challenge)
    form.set('code_challenge_method', 'S256')
  }
  const response = await fetch(`${origin}/oauth/authorize`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
  })
  if (response.status !== 302) throw new Error(`login answered ${response.status}: ${await response.text()}`)
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  return { location: new URL(response.headers.get('location') ?? ''), cookie }
}

export async function exchangeCode(
  origin: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${origin}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  })
}

/** Full PKCE sign-in for a seeded user; returns the access token. */
export async function userToken(origin: string, user: SeedUserKey = 'agent'): Promise<string> {
  const { verifier, challenge } = pkcePair()
  const { location } = await submitLogin(origin, { user, challenge })
  const response = await exchangeCode(origin, {
    grant_type: 'authorization_code',
    code: location.searchParams.get('code') ?? '',
    code_verifier: verifier,
    client_id: 'widget-local',
    redirect_uri: widgetRedirect,
  })
  const body = (await response.json()) as { access_token: string }
  return body.access_token
}

export async function serviceToken(origin: string): Promise<string> {
  const response = await fetch(`${origin}/oauth/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from('service-local:service-local-secret').toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  })
  return ((await response.json()) as { access_token: string }).access_token
}

export function api(
  origin: string,
  token: string | null,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers)
  if (token !== null) headers.set('Authorization', `Bearer ${token}`)
  if (init.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
  return fetch(`${origin}${path}`, { ...init, headers })
}

export async function admin(
  origin: string,
  path: string,
  body?: unknown,
  method = 'POST',
): Promise<Response> {
  return fetch(`${origin}/__admin${path}`, {
    method: body === undefined && method === 'POST' ? 'POST' : method,
    headers: { 'Content-Type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  })
}

export async function adminState(origin: string): Promise<AdminStateBody> {
  return (await (await fetch(`${origin}/__admin/state`)).json()) as AdminStateBody
}

export interface AdminStateBody {
  settings: Record<string, unknown>
  conversations: Array<{
    id: string
    active: boolean
    participants: Array<{ id: string; attributes: Record<string, string> }>
  }>
  writeLog: Array<{
    conversationId: string
    participantId: string
    by: string
    source: string
    names: string[]
    appliedAt: string | null
  }>
  channels: Array<{ id: string; topics: string[]; expired: boolean; connectedSockets: number }>
  tokens: Array<{ userId: string | null; clientId: string; revoked: boolean }>
  faults: unknown[]
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Retries an assertion until it passes or the time is up: robust against a loaded machine, unlike fixed sleeps. */
export async function eventually(assertion: () => Promise<void>, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await assertion()
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await sleep(20)
    }
  }
}
