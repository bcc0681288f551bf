import { createContext, useContext, type ReactNode } from 'react'

/**
 * Languages the widget speaks. Genesys passes `gcLangTag` (e.g. "en-us", "de-de"); anything we do not speak
 * falls back to English.
 */
export const supportedLanguages = ['en', 'de'] as const
export type Language = (typeof supportedLanguages)[number]

export function languageFromTag(tag: string | null | undefined): Language {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0]
  return (supportedLanguages as readonly string[]).includes(primary ?? '') ? (primary as Language) : 'en'
}

/**
 * Each feature owns its strings as a bundle: English is the source of truth, other languages must have every key
 * (the type enforces it). Placeholders are written {name}.
 */
export type MessageBundle<Keys extends string> = { en: Record<Keys, string> } & Record<
  Exclude<Language, 'en'>,
  Record<Keys, string>
>

export type Translate<Keys extends string> = (key: Keys, params?: Record<string, string | number>) => string

export function formatMessage(template: string, params?: Record<string, string | number>): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  )
}

export function translator<Keys extends string>(
  bundle: MessageBundle<Keys>,
  language: Language,
): Translate<Keys> {
  const table = bundle[language]
  return (key, params) => formatMessage(table[key] ?? bundle.en[key], params)
}

const LanguageContext = createContext<Language>('en')

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>
}

export function useLanguage(): Language {
  return useContext(LanguageContext)
}

/** `const t = useTranslate(attributeMessages)`; then `t('commit')`. */
export function useTranslate<Keys extends string>(bundle: MessageBundle<Keys>): Translate<Keys> {
  return translator(bundle, useLanguage())
}
