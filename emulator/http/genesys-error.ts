import type { ErrorBody } from '../../src/genesys/schemas.ts'

/** An error a handler throws; the router turns it into the Genesys error body with this status. */
export class GenesysError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageParams: Record<string, string> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

/** `{message, code, status, messageWithParams, messageParams, contextId, details, errors}` as Genesys sends it. */
export function genesysErrorBody(
  error: Pick<GenesysError, 'status' | 'code' | 'message' | 'messageParams'>,
  contextId: string,
): ErrorBody {
  return {
    message: error.message,
    code: error.code,
    status: error.status,
    messageWithParams: error.message,
    messageParams: error.messageParams,
    contextId,
    details: [],
    errors: [],
  }
}

export const notFound = (what: string): GenesysError =>
  new GenesysError(404, 'not.found', `The requested ${what} was not found.`)

export const badRequest = (message: string, messageParams: Record<string, string> = {}): GenesysError =>
  new GenesysError(400, 'bad.request', message, messageParams)
