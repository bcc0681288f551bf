import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  LanguageProvider,
  languageFromTag,
  registerTranslations,
  translation,
  translator,
  useTranslate,
  type MessageBundle,
} from './i18n.tsx'

const greetings: MessageBundle<'hello' | 'bye'> = {
  id: 'greetings',
  en: { hello: 'Hello {name}', bye: 'Bye' },
}
const other: MessageBundle<'hello'> = { id: 'other', en: { hello: 'Hi' } }

function Greeting() {
  const t = useTranslate(greetings)
  return <p>{t('hello', { name: 'Ada' })}</p>
}

describe('translator', () => {
  it('speaks English until a language is registered', () => {
    expect(translator(greetings, 'de')('hello', { name: 'Ada' })).toBe('Hello Ada')
  })

  it('uses the table registered under the bundle id, and English for any key it lacks', () => {
    const partial = { hello: 'Hallo {name}' } as unknown as Record<'hello' | 'bye', string>
    registerTranslations('de', [translation(greetings, partial)])
    const t = translator(greetings, 'de')
    expect(t('hello', { name: 'Ada' })).toBe('Hallo Ada')
    expect(t('bye')).toBe('Bye')
    expect(translator(other, 'de')('hello')).toBe('Hi')
    expect(translator(greetings, 'en')('hello', { name: 'Ada' })).toBe('Hello Ada')
  })

  it('renders the registered language through useTranslate', () => {
    registerTranslations('de', [translation(greetings, { hello: 'Hallo {name}', bye: 'Tschüss' })])
    render(
      <LanguageProvider language="de">
        <Greeting />
      </LanguageProvider>,
    )
    expect(screen.getByText('Hallo Ada')).toBeInTheDocument()
  })

  it('forgets registrations between tests (src/test/setup.ts)', () => {
    expect(translator(greetings, 'de')('bye')).toBe('Bye')
  })
})

describe('plurals', () => {
  const counts: MessageBundle<'staged'> = {
    id: 'counts',
    en: { staged: { one: '{count} staged change', other: '{count} staged changes' } },
  }

  it('picks the English form by Intl.PluralRules', () => {
    const t = translator(counts, 'en')
    expect(t('staged', { count: 1 })).toBe('1 staged change')
    expect(t('staged', { count: 0 })).toBe('0 staged changes')
    expect(t('staged', { count: 2 })).toBe('2 staged changes')
  })

  it("follows the table's own language: French 0 is singular, Japanese has one form", () => {
    registerTranslations('fr', [
      translation(counts, { staged: { one: '{count} modification', other: '{count} modifications' } }),
    ])
    registerTranslations('ja', [translation(counts, { staged: { other: '保留中の変更 {count} 件' } })])
    expect(translator(counts, 'fr')('staged', { count: 0 })).toBe('0 modification')
    expect(translator(counts, 'fr')('staged', { count: 2 })).toBe('2 modifications')
    expect(translator(counts, 'ja')('staged', { count: 1 })).toBe('保留中の変更 1 件')
  })
})

describe('languageFromTag', () => {
  it.each([
    ['de-DE', 'de'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['es-ES', 'es'],
    ['es-419', 'es'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt_PT', 'pt-BR'],
    ['ja-JP', 'ja'],
    ['en-us', 'en'],
    ['nl-NL', 'en'],
    ['', 'en'],
    [null, 'en'],
  ] as const)('%s speaks %s', (tag, language) => {
    expect(languageFromTag(tag)).toBe(language)
  })
})
