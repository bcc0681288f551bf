import type { Handler } from '../context.ts'

/** A tiny path router: `:name` segments become params; no regular expressions from user input. */

export interface Route {
  method: string
  segments: string[]
  handler: Handler
}

export function route(method: string, pattern: string, handler: Handler): Route {
  return { method, segments: pattern.split('/').filter(Boolean), handler }
}

function matchSegments(segments: readonly string[], parts: readonly string[]): Record<string, string> | null {
  if (segments.length !== parts.length) return null
  const params: Record<string, string> = {}
  for (const [i, segment] of segments.entries()) {
    const part = parts[i] ?? ''
    if (segment.startsWith(':')) params[segment.slice(1)] = part
    else if (segment !== part) return null
  }
  return params
}

export type RouteMatch =
  | { kind: 'found'; handler: Handler; params: Record<string, string> }
  | { kind: 'method-not-allowed' }
  | { kind: 'not-found' }

export function matchRoute(routes: readonly Route[], method: string, pathname: string): RouteMatch {
  let decoded: string[]
  try {
    decoded = pathname.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return { kind: 'not-found' }
  }
  let pathMatched = false
  for (const candidate of routes) {
    const params = matchSegments(candidate.segments, decoded)
    if (!params) continue
    if (candidate.method === method) return { kind: 'found', handler: candidate.handler, params }
    pathMatched = true
  }
  return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found' }
}
