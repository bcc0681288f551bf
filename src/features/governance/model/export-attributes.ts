/** CSV per RFC 4180: a field is quoted when it holds a comma, quote or line break; quotes are doubled. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Spreadsheets run a cell starting with = + - @ as a formula (CSV injection); a leading apostrophe keeps it text.
 * Only for CSV: JSON is read by programs, which must get the value exactly.
 */
function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

export function attributesToCsv(pairs: readonly (readonly [string, string])[]): string {
  const lines = [['name', 'value'], ...pairs].map(([name, value]) =>
    [csvField(defuseFormula(name)), csvField(defuseFormula(value))].join(','),
  )
  return `${lines.join('\r\n')}\r\n`
}

export function attributesToJson(pairs: readonly (readonly [string, string])[]): string {
  // A null-prototype object keeps "__proto__" as an ordinary key in JSON.stringify.
  const object = Object.create(null) as Record<string, string>
  for (const [name, value] of pairs) object[name] = value
  return `${JSON.stringify(object, null, 2)}\n`
}
