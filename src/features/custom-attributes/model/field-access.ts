import type { FieldSpec } from '../../../genesys/custom-attribute-fields.ts'
import type { FieldEdit } from './record-edits.ts'

/**
 * What the signed-in user may do with a field, decided by the attribute policy (docs/GOVERNANCE.md). The values
 * and the function are structurally those of the attributes feature's `AccessOf`; this feature keeps its own small
 * copy so that it never reaches into another feature's internals, and src/app passes the one function to both.
 * Rules match a field by its key (`field.name`), the same namespace as participant attribute names.
 */
export type FieldAccess = 'editable' | 'read-only' | 'masked' | 'hidden'
export type FieldAccessOf = (name: string) => FieldAccess

/** No policy: every field editable, exactly as the section behaved before policies reached it. */
export const everyFieldEditable: FieldAccessOf = () => 'editable'

/**
 * Always the same dots, whatever the value: the length of a card number would leak something. The participant
 * table uses the same mask.
 */
export const fieldMask = '••••••••'

/**
 * Only an editable field may be written from this section. A masked participant attribute may be written after
 * Reveal; custom attributes have no Reveal, and a value one cannot see should not be overwritten blind.
 */
export const mayWriteField = (access: FieldAccess) => access === 'editable'

/** Whether a value may reach the page at all (review, conflicts, hints). */
export const mayShowValue = (access: FieldAccess) => access === 'editable' || access === 'read-only'

export interface GovernedField {
  field: FieldSpec
  access: FieldAccess
}

/** The fields to render, each with its access, and how many the policy hides (one line says so). */
export function governFields(
  fields: readonly FieldSpec[],
  accessOf: FieldAccessOf,
): { shown: GovernedField[]; hiddenCount: number } {
  const governed = fields.map((field) => ({ field, access: accessOf(field.name) }))
  const shown = governed.filter((g) => g.access !== 'hidden')
  return { shown, hiddenCount: governed.length - shown.length }
}

/**
 * Staged edits the policy now forbids: staged under an earlier policy and restored from sessionStorage, or
 * staged before the config changed. They block the commit and are never sent.
 */
export function editsNotWritable(edits: readonly FieldEdit[], accessOf: FieldAccessOf): FieldEdit[] {
  return edits.filter((edit) => !mayWriteField(accessOf(edit.field)))
}
