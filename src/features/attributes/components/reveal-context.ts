import { createContext } from 'react'

/**
 * How long a revealed masked value stays shown, and a way to keep it shown while the user edits it. Provided by a
 * policy (governance); the table only knows this contract. Without a provider no value is ever revealed.
 */
export interface RevealControl {
  /** When the dots come back for `name` (ms since the epoch), or undefined if it is not revealed. */
  until: (name: string) => number | undefined
  /** The field of a revealed value has focus or a draft: masking it now would throw the draft away. */
  hold: (name: string, holding: boolean) => void
}

export const RevealContext = createContext<RevealControl | null>(null)
