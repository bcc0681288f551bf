import type { IncomingMessage } from 'node:http'
import { GenesysError, badRequest } from './genesys-error.ts'

export class BodyTooLargeError extends Error {}

/**
 * Reads the whole body, refusing more than maxBytes. An oversize body is still drained (not buffered) so the
 * client receives the 413 instead of a connection reset mid-upload.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = Number(req.headers['content-length'] ?? 0) > maxBytes
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) tooLarge = true
      if (!tooLarge) chunks.push(chunk)
    })
    req.on('end', () => (tooLarge ? reject(new BodyTooLargeError()) : resolve(Buffer.concat(chunks))))
    // The client went away mid-body ("aborted"): its fault, not ours, and nobody is left to read the answer.
    req.on('error', () => reject(badRequest('The request body ended before all of it arrived.')))
  })
}

async function readLimited(req: IncomingMessage, maxBytes: number): Promise<string> {
  try {
    return (await readBody(req, maxBytes)).toString('utf8')
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      throw new GenesysError(
        413,
        'request.entity.too.large',
        `The request body is larger than ${maxBytes} bytes.`,
        {
          limit: String(maxBytes),
        },
      )
    }
    throw error
  }
}

/** JSON body → unknown (validate it with zod next). Bad JSON is a 400 with the Genesys error body. */
export async function readJsonBody(
  req: IncomingMessage,
  maxBytes: number,
  options: { anyContentType?: boolean } = {},
): Promise<unknown> {
  const text = await readLimited(req, maxBytes)
  const contentType = req.headers['content-type'] ?? ''
  const isJson = contentType === '' || /^application\/(.+\+)?json\b/i.test(contentType)
  if (!isJson && options.anyContentType !== true) {
    throw new GenesysError(
      415,
      'unsupported.media.type',
      `Content type ${contentType} is not supported; send application/json.`,
    )
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw badRequest('The request body could not be parsed as JSON.')
  }
}

export async function readFormBody(req: IncomingMessage, maxBytes: number): Promise<URLSearchParams> {
  return new URLSearchParams(await readLimited(req, maxBytes))
}
