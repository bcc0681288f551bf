// The one module other features may import from attributes (lint enforces it: docs/decisions/0020-one-way-imports.md).
// The conversation-data section reads and writes the same CSV as the governance tools: one RFC 4180 reader, one
// formula guard, so a spreadsheet treats both exports alike. Pure functions only, no React, no store.
export { detectDelimiter, parseDelimited } from './governance/model/parse-delimited.ts'
export { csvField, defuseFormula, restoreDefused } from './governance/model/export-attributes.ts'
