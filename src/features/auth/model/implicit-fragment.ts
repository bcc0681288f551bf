import * as z from 'zod/mini'

/** The implicit grant's answer in the URL fragment (RFC 6749 §4.2.2 and §4.2.2.1). */
const successSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  token_type: z.string().check(z.minLength(1)),
  expires_in: z.coerce.number().check(z.int()),
  state: z.string().check(z.minLength(1)),
})
const errorSchema = z.object({
  error: z.string().check(z.minLength(1)),
  error_description: z.optional(z.string()),
  state: z.optional(z.string()),
})

export type ImplicitFragment =
  | { kind: 'token'; accessToken: string; tokenType: string; expiresInSeconds: number; state: string }
  | { kind: 'error'; error: string; description: string | undefined; state: string | undefined }
  | { kind: 'malformed' }

export function parseImplicitFragment(hash: string): ImplicitFragment {
  const params = Object.fromEntries(new URLSearchParams(hash.replace(/^#/, '')))
  const failed = errorSchema.safeParse(params)
  if (failed.success) {
    return {
      kind: 'error',
      error: failed.data.error,
      description: failed.data.error_description,
      state: failed.data.state,
    }
  }
  const token = successSchema.safeParse(params)
  if (!token.success) return { kind: 'malformed' }
  return {
    kind: 'token',
    accessToken: token.data.access_token,
    tokenType: token.data.token_type,
    expiresInSeconds: token.data.expires_in,
    state: token.data.state,
  }
}
