import { describe, expect, it } from 'vitest'
import { nameParts, showInvisible } from './invisible-characters.ts'
import { findLookalike } from './lookalike-names.ts'

describe('look-alike names', () => {
  const existing = ['Café', 'CustomerName', 'Tier', 'Customerld']

  it('finds names that differ only by Unicode form, invisible characters or look-alike letters', () => {
    expect(findLookalike('Cafe\u0301', existing)).toEqual({ existing: 'Café', kind: 'normalisation' })
    expect(findLookalike('Customer\u200BName', existing)).toEqual({
      existing: 'CustomerName',
      kind: 'invisible',
    })
    // Cyrillic е (U+0435), Greek Τ (U+03A4), and a capital I drawn like a lower-case l.
    expect(findLookalike('CustomerNam\u0435', existing)?.kind).toBe('letters')
    expect(findLookalike('\u03A4ier', existing)?.kind).toBe('letters')
    expect(findLookalike('CustomerId', existing)).toEqual({ existing: 'Customerld', kind: 'letters' })
    // Exact and case-only matches have their own messages; different names are not flagged.
    expect(findLookalike('CustomerName', existing)).toBeUndefined()
    expect(findLookalike('tier', existing)).toBeUndefined()
    expect(findLookalike('Tiers', existing)).toBeUndefined()
  })

  it('writes invisible characters out as code points', () => {
    expect(showInvisible('Customer\u200BName')).toBe('Customer⟨U+200B⟩Name')
    expect(showInvisible('a\u202Eb\u{E0041}')).toBe('a⟨U+202E⟩b⟨U+E0041⟩')
    expect(nameParts('x\u200D\u200Dy')).toEqual([
      { text: 'x', invisible: false },
      { text: '⟨U+200D⟩', invisible: true },
      { text: '⟨U+200D⟩', invisible: true },
      { text: 'y', invisible: false },
    ])
    expect(nameParts('plain')).toEqual([{ text: 'plain', invisible: false }])
  })
})
