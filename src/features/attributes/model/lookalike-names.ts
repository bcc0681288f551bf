/**
 * Names that look the same but are different strings: a flow reading one never sees the other. Genesys compares
 * names exactly, so "CustomerName" typed with a Cyrillic "е", with a zero-width space, or in decomposed Unicode
 * (e + U+0301) is a second attribute that nobody can tell apart on screen. Loaded with the add form's look-alike
 * warning, not with the page.
 */
import { stripInvisible } from './invisible-characters.ts'

// Cyrillic and Greek letters drawn like Latin ones (the common part of Unicode's confusables.txt), and the
// Latin/digit pairs most fonts draw alike (I l 1, O 0). Pairs of characters: look-alike, then what it looks
// like; every capital-I look-alike folds to "l", as Latin "I" does.
const confusablePairs =
  'аaвBеeкKмMнHоoрpсcтTуyхxѕsіiјjԁdһhӏlԛqԝwАAВBЕEКKМMНHОOРPСCТTХXУYЅSІlЈJӀlԚQԜW' +
  'ΑAΒBΕEΖZΗHΙlΚKΜMΝNΟOΡPΤTΥYΧXοoνvιiκkρpτtυuχxϲcϳjԌGɡgɑaıiIl1l0O'
const confusables = new Map<string, string>()
for (let i = 0; i < confusablePairs.length; i += 2)
  confusables.set(confusablePairs.charAt(i), confusablePairs.charAt(i + 1))

/** What a name looks like: compatibility-normalised, invisibles dropped, look-alike letters folded, lower case. */
export function nameSkeleton(name: string): string {
  let folded = ''
  for (const char of stripInvisible(name.normalize('NFKC'))) folded += confusables.get(char) ?? char
  return folded.toLowerCase()
}

export type LookalikeKind = 'normalisation' | 'invisible' | 'letters'

/** How `name` differs from an `existing` name it looks like; undefined if it is the same or looks different. */
export function lookalikeKind(name: string, existing: string): LookalikeKind | undefined {
  if (name === existing || nameSkeleton(name) !== nameSkeleton(existing)) return undefined
  if (name.normalize('NFC') === existing.normalize('NFC')) return 'normalisation'
  if (stripInvisible(name) === stripInvisible(existing)) return 'invisible'
  return 'letters'
}

/** The first existing name that `name` looks like (case-only differences have their own warning). */
export function findLookalike(
  name: string,
  existingNames: readonly string[],
): { existing: string; kind: LookalikeKind } | undefined {
  const lower = name.toLowerCase()
  if (existingNames.some((existing) => existing === name || existing.toLowerCase() === lower))
    return undefined
  for (const existing of existingNames) {
    const kind = lookalikeKind(name, existing)
    if (kind !== undefined) return { existing, kind }
  }
  return undefined
}
