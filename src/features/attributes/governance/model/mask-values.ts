import { readAttribute, type AttributeMap } from '../../../../genesys/attribute-map.ts'
import type { AccessOf } from '../../model/attribute-access.ts'
import type { AttributeRow } from '../../model/derive-rows.ts'

/** What a masked value looks like everywhere: the same length whatever the value, so length leaks nothing. */
export const maskedValue = '••••••••'

function maskIfSet(value: string | undefined): string | undefined {
  return value === undefined ? undefined : maskedValue
}

/** A copy of the row with every value (server, staged, base, live change) replaced, so no view can leak one. */
export function maskRow(row: AttributeRow): AttributeRow {
  return {
    ...row,
    serverValue: maskIfSet(row.serverValue),
    displayedValue: maskedValue,
    edit: row.edit
      ? { ...row.edit, value: maskedValue, baseValue: maskIfSet(row.edit.baseValue) }
      : undefined,
    liveChange: row.liveChange
      ? {
          ...row.liveChange,
          oldValue: maskIfSet(row.liveChange.oldValue),
          newValue: maskIfSet(row.liveChange.newValue),
        }
      : undefined,
    access: 'masked',
  }
}

/**
 * The rows a user may see, as they may see them: hidden names dropped, masked ones dotted unless revealed just
 * now. Runs before filtering, so a search cannot probe a masked value either.
 */
export function presentRows(
  rows: readonly AttributeRow[],
  accessOf: AccessOf,
  revealed: ReadonlySet<string>,
): AttributeRow[] {
  const shown: AttributeRow[] = []
  for (const row of rows) {
    const access = accessOf(row.name)
    if (access === 'hidden') continue
    if (access === 'masked')
      shown.push(revealed.has(row.name) ? { ...row, access: 'editable' } : maskRow(row))
    else shown.push(access === 'editable' ? row : { ...row, access })
  }
  return shown
}

/** A value for audit entries and exports: dots where the policy masks the name, unless `keepMasked`. */
export function valueForRecord(
  name: string,
  value: string | undefined,
  accessOf: AccessOf,
  keepMasked = false,
): string | undefined {
  return accessOf(name) === 'masked' && !keepMasked ? maskIfSet(value) : value
}

/** The server's attributes as the user may take them away: hidden names left out, masked ones dotted. */
export function exportableAttributes(
  server: AttributeMap,
  accessOf: AccessOf,
  exportMasked: boolean,
): [string, string][] {
  return Object.keys(server)
    .filter((name) => accessOf(name) !== 'hidden')
    .map((name) => [name, valueForRecord(name, readAttribute(server, name), accessOf, exportMasked) ?? ''])
}
