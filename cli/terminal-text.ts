/*
 * Text from outside (server error messages, attribute names, ids, values a lookup answered) reaches a terminal or
 * a log. A control character there is an instruction to the terminal: ESC sequences retitle it, erase the line or
 * move the cursor, CR overwrites what was printed, bidi overrides reorder it. So every control character is shown
 * as a `\uXXXX` escape instead: visible, and still valid inside a JSON string.
 */

/** C0 and C1 controls, DEL, and the bidi/zero-width direction marks a terminal honours. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controls = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
/** The same without LF: for whole outputs whose line breaks are our own. */
const controlsButNewline =
  // eslint-disable-next-line no-control-regex -- as above
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

const escape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`

/** One line of outside text: every control character escaped, newlines included. */
export function visibleLine(text: string): string {
  return text.replace(controls, escape)
}

/**
 * The last guard at the output sink: escapes every control character except the newlines our own formatting
 * puts between lines. JSON output passes unchanged in meaning (JSON.stringify already escapes C0 characters;
 * this adds C1, DEL and the bidi marks, which it leaves raw).
 */
export function visibleOutput(text: string): string {
  return text.replace(controlsButNewline, escape)
}
