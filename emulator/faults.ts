import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import type { HttpFaultAction, HttpFaultSpec } from './admin/fault-schema.ts'
import { genesysErrorBody } from './http/genesys-error.ts'

export interface ActiveFault extends HttpFaultSpec {
  id: string
  remaining: number
}

/** `*` matches one path segment, `**` the rest of the path (zero or more segments). */
export function pathMatches(pattern: string, pathname: string): boolean {
  const want = pattern.split('/').filter(Boolean)
  const have = pathname.split('/').filter(Boolean)
  for (const [i, segment] of want.entries()) {
    if (segment === '**') return true
    if (i >= have.length) return false
    if (segment !== '*' && segment !== have[i]) return false
  }
  return want.length === have.length
}

export class FaultRegistry {
  private faults: ActiveFault[] = []

  add(spec: HttpFaultSpec): ActiveFault {
    const fault: ActiveFault = { ...spec, id: randomUUID(), remaining: spec.times }
    this.faults.push(fault)
    return fault
  }

  /** The first matching fault, counted down; faults are used in the order they were added. */
  take(method: string, pathname: string): HttpFaultAction | undefined {
    const fault = this.faults.find(
      // A wildcard method leaves CORS preflights alone, or every browser fault would become a CORS failure.
      (f) =>
        (f.method === method || (f.method === '*' && method !== 'OPTIONS')) && pathMatches(f.path, pathname),
    )
    if (!fault) return undefined
    fault.remaining -= 1
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault)
    return fault.fault
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }))
  }

  clear(): void {
    this.faults = []
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Acts out a fault on a response. Returns "continue" when the request should then be handled normally (delay).
 * CORS headers are included so browser tests see the injected status rather than an opaque network error.
 */
export async function applyHttpFault(
  res: ServerResponse,
  fault: HttpFaultAction,
  headers: Record<string, string>,
  contextId: string,
): Promise<'continue' | 'handled'> {
  const json = { ...headers, 'Content-Type': 'application/json; charset=UTF-8' }
  switch (fault.type) {
    case 'delay':
      await sleep(fault.ms)
      return 'continue'
    case 'hang':
      return 'handled'
    case 'drop':
      res.socket?.destroy()
      return 'handled'
    case 'malformed-json':
      res.writeHead(fault.status, json)
      res.end('{"entities": [{"id": "')
      return 'handled'
    case 'wrong-shape':
      res.writeHead(fault.status, json)
      res.end(JSON.stringify(fault.body ?? { entities: 'not-a-list', participants: 42 }))
      return 'handled'
    case 'status': {
      const body =
        fault.rawBody ??
        JSON.stringify(
          fault.body ??
            genesysErrorBody(
              {
                status: fault.status,
                code: 'injected.fault',
                message: `Injected fault ${fault.status}.`,
                messageParams: {},
              },
              contextId,
            ),
        )
      res.writeHead(fault.status, { ...json, ...fault.headers })
      res.end(body)
      return 'handled'
    }
  }
}
