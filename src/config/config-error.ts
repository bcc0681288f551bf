/** Why the widget cannot start, in terms an admin can act on. `expected` lists the values that would have worked. */
export type RuntimeConfigErrorKind =
  | 'config-unreachable'
  | 'config-invalid'
  | 'unknown-region'
  | 'unknown-target-env'
  | 'unknown-host-origin'
  | 'host-origin-not-allowed'
  | 'region-mismatch'
  | 'region-missing'
  | 'invalid-override'

export class RuntimeConfigError extends Error {
  readonly kind: RuntimeConfigErrorKind
  readonly expected: readonly string[]

  constructor(kind: RuntimeConfigErrorKind, message: string, expected: readonly string[] = []) {
    super(expected.length > 0 ? `${message} Expected one of: ${expected.join(', ')}.` : message)
    this.name = 'RuntimeConfigError'
    this.kind = kind
    this.expected = expected
  }
}
