import { describe, expect, it } from 'vitest'
import type { LoadableLanguage, Message, MessageBundle, Translation } from '../ui/i18n.tsx'
import { frenchTranslations } from './french-messages.ts'
import { germanTranslations } from './german-messages.ts'
import { japaneseTranslations } from './japanese-messages.ts'
import { portugueseTranslations } from './portuguese-messages.ts'
import { spanishTranslations } from './spanish-messages.ts'

// Every bundle in the app, found by file name, so a feature added later cannot be forgotten here. A bundle of its
// own for a lazily loaded part is named <part>-messages.ts.
const modules = import.meta.glob<Record<string, unknown>>(['../**/messages.ts', '../**/*-messages.ts'], {
  eager: true,
})

function isBundle(value: unknown): value is MessageBundle<string> {
  return typeof value === 'object' && value !== null && 'id' in value && 'en' in value
}

const bundles = Object.values(modules).flatMap((module) => Object.values(module).filter(isBundle))
const languages: Record<LoadableLanguage, readonly Translation[]> = {
  de: germanTranslations,
  fr: frenchTranslations,
  es: spanishTranslations,
  'pt-BR': portugueseTranslations,
  ja: japaneseTranslations,
}
const sortedKeys = (table: object) => Object.keys(table).sort()
const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message).filter((form) => form !== undefined)
const placeholders = (template: string) =>
  [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort()
/** The plural categories a language uses for the counts an agent meets (0 to 1,000); `many` in fr/es/pt only starts at a million. */
const categoriesInUse = (language: string) => {
  const rules = new Intl.PluralRules(language)
  return [...new Set(Array.from({ length: 1_001 }, (_, n) => rules.select(n)))].sort()
}

describe('translations', () => {
  it('finds every feature bundle, each with its own id, and every language has a table for each', () => {
    const ids = bundles.map((bundle) => bundle.id).sort()
    expect(ids).toEqual([
      'app',
      'attributes',
      'attributes-outcomes',
      'attributes-review',
      'attributes-row-menu',
      'auth',
      'bulk-fix',
      'conversation',
      'custom-attributes',
      'custom-attributes-loader',
      'desktop',
      'find-conversations',
      'governance',
      'governance-tools',
      'platform-record',
    ])
    for (const translations of Object.values(languages))
      expect(translations.map((translation) => translation.id).sort()).toEqual(ids)
  })

  it('writes every message with a {count} as a plural in English, with a form for one and for other', () => {
    for (const bundle of bundles)
      for (const [key, english] of Object.entries(bundle.en)) {
        const usesCount = forms(english).some((form) => form.includes('{count}'))
        if (!usesCount) continue
        expect(typeof english, `${bundle.id}.${key}`).toBe('object')
        expect(sortedKeys(english as object), `${bundle.id}.${key}`).toEqual(['one', 'other'])
      }
  })

  describe.each(Object.entries(languages))('%s', (language, translations) => {
    it.each(bundles.map((bundle) => [bundle.id, bundle] as const))(
      'has exactly the English keys of %s, the same placeholders, and plural forms where English has them',
      (id, bundle) => {
        const table = translations.find((translation) => translation.id === id)?.table ?? {}
        expect(sortedKeys(table)).toEqual(sortedKeys(bundle.en))
        for (const [key, english] of Object.entries(bundle.en)) {
          const own = table[key]
          expect(own, key).toBeDefined()
          if (own === undefined) continue
          const wanted = placeholders(forms(english).join(' '))
          for (const form of forms(own)) {
            expect(form, key).toMatch(/\S/)
            // Each form keeps every placeholder, except that a language may spell out "one" instead of {count}.
            expect(
              placeholders(form).filter((name) => name !== 'count'),
              key,
            ).toEqual(wanted.filter((name) => name !== 'count'))
          }
          if (typeof english === 'string') expect(typeof own, key).toBe('string')
          else {
            expect(typeof own, key).toBe('object')
            expect(sortedKeys(own as object), key).toEqual(expect.arrayContaining(categoriesInUse(language)))
            expect(
              forms(own).some((form) => form.includes('{count}')),
              key,
            ).toBe(true)
          }
        }
      },
    )
  })
})
