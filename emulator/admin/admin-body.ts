import { z } from 'zod'
import type { Exchange } from '../context.ts'
import { readJsonBody } from '../http/body.ts'
import { badRequest } from '../http/genesys-error.ts'

/** Reads an admin request body and validates it; the 400 message lists every problem zod found. */
export async function parseAdminBody<T>(ex: Exchange, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJsonBody(ex.req, ex.ctx.settings.maxBodyBytes))
  if (!parsed.success) throw badRequest(z.prettifyError(parsed.error))
  return parsed.data
}
