import { z } from 'zod'
import type { Exchange } from '../context.ts'
import { readJsonBody } from '../http/body.ts'
import { badRequest } from '../http/genesys-error.ts'

/**
 * Reads an admin request body and validates it; the 400 message lists every problem zod found. Any Content-Type
 * is read as JSON, so a quick `curl -d '{…}'` (which says form-urlencoded) works.
 */
/** Independent of settings.maxBodyBytes, so a test that shrinks the API limit can still seed big data. */
const adminMaxBodyBytes = 16 * 1024 * 1024

export async function parseAdminBody<T>(ex: Exchange, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJsonBody(ex.req, adminMaxBodyBytes, { anyContentType: true }))
  if (!parsed.success) throw badRequest(z.prettifyError(parsed.error))
  return parsed.data
}
