/**
 * The implicit grant's answer in the URL fragment (RFC 6749 §4.2.2 and §4.2.2.1). Read by hand, not with zod,
 * because only the sign-in chunk uses it (drivers/checked-record.ts says why); every value of a query is a string,
 * so the checks are presence, and `expires_in` read as a whole number the way z.coerce.number().int() reads it.
 */
export type ImplicitFragment =
  | { kind: 'token'; accessToken: string; tokenType: string; expiresInSeconds: number; state: string }
  | { kind: 'error'; error: string; description: string | undefined; state: string | undefined }
  | { kind: 'malformed' }

const filled = (value: string | undefined): value is string => value !== undefined && value.length > 0

export function parseImplicitFragment(hash: string): ImplicitFragment {
  // A repeated key counts with its last value.
  const params: Partial<Record<string, string>> = Object.fromEntries(
    new URLSearchParams(hash.replace(/^#/, '')),
  )
  const { error, error_description: description, state } = params
  if (filled(error)) return { kind: 'error', error, description, state }
  const { access_token: accessToken, token_type: tokenType } = params
  const expiresIn = Number(params.expires_in ?? Number.NaN)
  if (!filled(accessToken) || !filled(tokenType) || !filled(state) || !Number.isSafeInteger(expiresIn)) {
    return { kind: 'malformed' }
  }
  return { kind: 'token', accessToken, tokenType, expiresInSeconds: expiresIn, state }
}
