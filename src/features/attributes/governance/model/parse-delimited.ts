export interface DelimitedRecord {
  readonly fields: readonly string[]
  /** 1-based line where the record starts (a quoted field may span lines). */
  readonly line: number
}

export interface DelimitedResult {
  readonly records: readonly DelimitedRecord[]
  /** A quote opened and never closed: the line where that record began. */
  readonly unterminatedAt: number | undefined
}

/**
 * RFC 4180 records: fields separated by `delimiter`, records by CRLF or LF; a field in double quotes may hold the
 * delimiter, line breaks and "" for a quote. Quotes inside an unquoted field are kept as written (what
 * spreadsheets export). Written by hand because it is small, and tested on the cases that trip parsers up.
 */
export function parseDelimited(text: string, delimiter: ',' | '\t' | ';'): DelimitedResult {
  const records: DelimitedRecord[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  let i = 0
  const endRecord = () => {
    fields.push(field)
    records.push({ fields, line: recordLine })
    fields = []
    field = ''
  }
  while (i < text.length) {
    const char = text[i] as string
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        if (char === '\n') line += 1
        field += char
      }
      i += 1
      continue
    }
    if (char === '"' && field === '') {
      quoted = true
    } else if (char === delimiter) {
      fields.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1
      endRecord()
      line += 1
      recordLine = line
    } else {
      field += char
    }
    i += 1
  }
  if (quoted) return { records, unterminatedAt: recordLine }
  if (field !== '' || fields.length > 0) endRecord()
  return { records, unterminatedAt: undefined }
}

/** Tab-separated when the first line has a tab (what copying from a spreadsheet gives), else comma-separated. */
export function detectDelimiter(text: string): ',' | '\t' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ''
  return firstLine.includes('\t') ? '\t' : ','
}
