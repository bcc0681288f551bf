import { createContext, useContext, type ReactNode } from 'react'

/**
 * Languages the widget speaks, as BCP 47 tags (they also go into `<html lang>` and Intl). Genesys passes
 * `gcLangTag` (e.g. "en-us", "de-de", "pt-br", "ja-jp"); anything we do not speak falls back to English.
 */
export const supportedLanguages = ['en', 'de', 'fr', 'es', 'pt-BR', 'ja'] as const
export type Language = (typeof supportedLanguages)[number]
/** Languages whose strings load on demand; English ships with every feature. */
export type LoadableLanguage = Exclude<Language, 'en'>

/**
 * By primary subtag: every regional German, French, Spanish or Japanese gets the one table we have, and any
 * Portuguese gets Brazilian Portuguese (closer for a pt-PT agent than English).
 */
const byPrimarySubtag: Readonly<Record<string, Language>> = {
  en: 'en',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt-BR',
  ja: 'ja',
}

export function languageFromTag(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''
  return Object.hasOwn(byPrimarySubtag, primary) ? (byPrimarySubtag[primary] ?? 'en') : 'en'
}

/**
 * A message that depends on a number: one form per plural category of the language (Intl.PluralRules, CLDR), so
 * English has `one` and `other`, French `one`, `many` and `other`, Japanese only `other`. `other` is always
 * there; the form is chosen by the `count` parameter.
 */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>
export type Message = string | PluralMessage

export type MessageTable<Keys extends string> = Readonly<Record<Keys, Message>>

/**
 * Each feature owns its strings as a bundle: English is the source of truth and ships with the feature. Other
 * languages live in their own files (messages.de.ts, messages.fr.ts, ... beside messages.ts) and are registered
 * under the bundle's `id` (unique, stable) when the app loads that language, so agents working in English never
 * download them. Placeholders are written {name}; a count message is a PluralMessage.
 */
export interface MessageBundle<Keys extends string> {
  readonly id: string
  readonly en: MessageTable<Keys>
}

/** One bundle's strings in another language, paired with the bundle so their keys must agree. */
export interface Translation {
  readonly id: string
  readonly table: Readonly<Record<string, Message>>
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

const pluralRules = new Map<Language, Intl.PluralRules>()

/** The form of `message` for `count` in `language`; `other` when the language's category has no form here. */
export function pluralForm(message: Message, language: Language, count: unknown): string {
  if (typeof message === 'string') return message
  let rules = pluralRules.get(language)
  if (!rules) {
    rules = new Intl.PluralRules(language)
    pluralRules.set(language, rules)
  }
  const category = rules.select(typeof count === 'number' ? count : Number(count))
  return message[category] ?? message.other
}

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
  // A table's plural forms follow its own language's rules; English's fallback follows English's.
  const lookup = (key: Keys, count: unknown): string => {
    const own = table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined
    return own === undefined ? pluralForm(bundle.en[key], 'en', count) : pluralForm(own, language, count)
  }
  return (key, params) => formatMessage(lookup(key, params?.count), params)
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
