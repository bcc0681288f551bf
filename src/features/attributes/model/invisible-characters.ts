/**
 * Invisible characters in names: zero-width spaces and joiners, bidi controls, word joiners, the BOM, soft hyphen,
 * variation selectors and tags. A name holding one looks like another name but is a different
 * string, and a bidi override can even reorder what is shown; so they are written out where names are shown.
 * (\p{Default_Ignorable_Code_Point} is not in every regex engine we support; this list is the part that matters.)
 */
const invisibleSource =
  '[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFE00-\uFE0F\uFEFF\u{E0000}-\u{E007F}]'
// Variation selectors are in the class on purpose: each is matched alone.
// eslint-disable-next-line no-misleading-character-class
const invisibleGlobal = new RegExp(invisibleSource, 'gu')
// eslint-disable-next-line no-misleading-character-class
const invisibleSplit = new RegExp(`(${invisibleSource})`, 'u')

export function stripInvisible(name: string): string {
  return name.replace(invisibleGlobal, '')
}

export function hasInvisible(name: string): boolean {
  return stripInvisible(name) !== name
}

export interface NamePart {
  readonly text: string
  /** An invisible character, shown as its code point (⟨U+200B⟩) so the user can see it is there. */
  readonly invisible: boolean
}

const marker = (char: string) =>
  `⟨U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`

export function nameParts(name: string): NamePart[] {
  return name
    .split(invisibleSplit)
    .filter((text) => text !== '')
    .map((text) =>
      stripInvisible(text) === '' ? { text: marker(text), invisible: true } : { text, invisible: false },
    )
}

/** The name as text with its invisible characters written out, for messages. */
export function showInvisible(name: string): string {
  return nameParts(name)
    .map((part) => part.text)
    .join('')
}
