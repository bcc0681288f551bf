import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  LanguageProvider,
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
