import type * as z from 'zod/mini'
import type { accessSchema } from '../../../config/attribute-policy-schema.ts'

/**
 * What the signed-in user may do with one attribute name. The attributes feature only knows this contract; the
 * governance feature decides it from the runtime policy and the user's role. Without a policy every name is
 * editable, as before policies existed.
 */
export type AttributeAccess = z.infer<typeof accessSchema>

export type AccessOf = (name: string) => AttributeAccess

export const everyNameEditable: AccessOf = () => 'editable'

/** Masked names may be written (a value you know need not be shown); hidden and read-only ones never. */
export function mayWrite(access: AttributeAccess): boolean {
  return access === 'editable' || access === 'masked'
}
