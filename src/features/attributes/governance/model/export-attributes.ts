/** CSV per RFC 4180: a field is quoted when it holds a comma, quote or line break; quotes are doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The first line of our CSV exports. It tells our import (parse-bulk-input.ts) to take the apostrophe back off, so
 * that export then import changes nothing, and tells a person opening the file why the apostrophes are there.
 */
export const csvExportMarker =
  "#participant-attributes export v1: one ' was put before each cell starting with = + - @ ' tab or CR; importing this file here removes it"

/**
 * Spreadsheets run a cell starting with = + - @ as a formula (CSV injection); a leading apostrophe keeps it text.
 * A cell that already starts with an apostrophe gets one too, so that removing exactly one on import is exact.
 * Only for CSV: JSON is read by programs, which must get the value exactly.
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@'\t\r]/.test(text) ? `'${text}` : text
}

/** The inverse of defuseFormula, for cells of a file that starts with csvExportMarker. */
export function restoreDefused(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text
}

export function attributesToCsv(pairs: readonly (readonly [string, string])[]): string {
  const lines = [['name', 'value'], ...pairs].map(([name, value]) =>
    [csvField(defuseFormula(name)), csvField(defuseFormula(value))].join(','),
  )
  return `${csvField(csvExportMarker)}\r\n${lines.join('\r\n')}\r\n`
}

export function attributesToJson(pairs: readonly (readonly [string, string])[]): string {
  // A null-prototype object keeps "__proto__" as an ordinary key in JSON.stringify.
  const object = Object.create(null) as Record<string, string>
  for (const [name, value] of pairs) object[name] = value
  return `${JSON.stringify(object, null, 2)}\n`
}
