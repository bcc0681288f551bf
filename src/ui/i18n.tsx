import { createContext, useContext, type ReactNode } from 'react'

/**
 * Languages the widget speaks. Genesys passes `gcLangTag` (e.g. "en-us", "de-de"); anything we do not speak
 * falls back to English.
 */
export const supportedLanguages = ['en', 'de'] as const
export type Language = (typeof supportedLanguages)[number]
/** Languages whose strings load on demand; English ships with every feature. */
export type LoadableLanguage = Exclude<Language, 'en'>

export function languageFromTag(tag: string | null | undefined): Language {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0]
  return (supportedLanguages as readonly string[]).includes(primary ?? '') ? (primary as Language) : 'en'
}

export type MessageTable<Keys extends string> = Readonly<Record<Keys, string>>

/**
 * Each feature owns its strings as a bundle: English is the source of truth and ships with the feature. Other
 * languages live in their own files and are registered under the bundle's `id` (unique, stable) when the app
 * loads that language, so agents working in English never download them. Placeholders are written {name}.
 */
export interface MessageBundle<Keys extends string> {
  readonly id: string
  readonly en: MessageTable<Keys>
}

/** One bundle's strings in another language, paired with the bundle so their keys must agree. */
export interface Translation {
  readonly id: string
  readonly table: Readonly<Record<string, string>>
}

export function translation<Keys extends string>(
  bundle: MessageBundle<Keys>,
  table: NoInfer<MessageTable<Keys>>,
): Translation {
  return { id: bundle.id, table }
}

/**
 * Module-wide rather than per widget: the tables are static and the same for every instance on the page, and the
 * app registers them before its first render, so nothing has to re-render when they arrive.
 */
const registry = new Map<LoadableLanguage, Map<string, Translation['table']>>()

export function registerTranslations(language: LoadableLanguage, translations: readonly Translation[]): void {
  const tables = registry.get(language) ?? new Map<string, Translation['table']>()
  for (const { id, table } of translations) tables.set(id, table)
  registry.set(language, tables)
}

/** Forgets every registered translation; tests call it so one test's German does not leak into the next. */
export function clearTranslations(): void {
  registry.clear()
}

export type Translate<Keys extends string> = (key: Keys, params?: Record<string, string | number>) => string

export function formatMessage(template: string, params?: Record<string, string | number>): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  )
}

/** Strings in `language` where registered; English for any key (or whole bundle) that is not. */
export function translator<Keys extends string>(
  bundle: MessageBundle<Keys>,
  language: Language,
): Translate<Keys> {
  const table = language === 'en' ? undefined : registry.get(language)?.get(bundle.id)
  const lookup = (key: Keys): string =>
    (table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined) ?? bundle.en[key]
  return (key, params) => formatMessage(lookup(key), params)
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
