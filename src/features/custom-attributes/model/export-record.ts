import type { FieldSpec, FieldValue } from '../../../genesys/custom-attribute-fields.ts'
import type { CustomValueMap } from '../../../genesys/custom-attributes-schemas.ts'
import { csvField, defuseFormula } from '../../attributes/public.ts'
import { fieldMask, mayShowValue, type FieldAccessOf } from './field-access.ts'
import { serverValueOf } from './record-edits.ts'

/** One exported field: its key (what the policy and an import match), and its value as this user may take it. */
export type ExportedField = readonly [key: string, value: FieldValue]

/**
 * The record's server values (never staged edits) in schema order, as the user may take them away: hidden fields
 * left out, masked ones as dots unless the policy's `exportMasked` allows them. Fields without a value, and values
 * of a kind the section does not edit (objects, arrays), are left out: an import could not write them back.
 */
export function exportableFields(
  fields: readonly FieldSpec[],
  server: CustomValueMap,
  accessOf: FieldAccessOf,
  exportMasked: boolean,
): ExportedField[] {
  const exported: ExportedField[] = []
  for (const field of fields) {
    const access = accessOf(field.name)
    if (access === 'hidden') continue
    const value = serverValueOf(server, field.name)
    if (value === undefined) continue
    exported.push([field.name, mayShowValue(access) || exportMasked ? value : fieldMask])
  }
  return exported
}

/**
 * The first line of the CSV export, as in the participant export (export-attributes.ts): it tells our import to
 * take the formula guard's apostrophe back off, and tells a person opening the file why it is there.
 */
export const recordCsvMarker =
  "#conversation-data export v1: one ' was put before each cell starting with = + - @ ' tab or CR; importing this file here removes it"

/** A value as a CSV cell: what typing it into the field would give back (true/false, a point decimal, ISO time). */
export const cellTextOf = (value: FieldValue): string => (value === null ? '' : String(value))

export function recordToCsv(exported: readonly ExportedField[]): string {
  const lines = [['field', 'value'], ...exported.map(([key, value]) => [key, cellTextOf(value)])].map(
    ([key = '', text = '']) => [csvField(defuseFormula(key)), csvField(defuseFormula(text))].join(','),
  )
  return `${csvField(recordCsvMarker)}\r\n${lines.join('\r\n')}\r\n`
}

/** JSON keeps the types (a number stays a number), so a program reads exactly what the record holds. */
export function recordToJson(exported: readonly ExportedField[]): string {
  // A null-prototype object keeps "__proto__" as an ordinary key in JSON.stringify.
  const object = Object.create(null) as Record<string, FieldValue>
  for (const [key, value] of exported) object[key] = value
  return `${JSON.stringify(object, null, 2)}\n`
}

/** A file name a file system accepts: the record's title, then its id so two records never collide. */
export function exportFileStem(title: string, recordId: string): string {
  const safe = title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')
  return `conversation-data-${safe === '' ? 'record' : safe}-${recordId}`
}
